using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class HandlesTests
{
    [Theory]
    [InlineData("facebook", "@Karwan.Travel.EU")]
    [InlineData("Facebook", "https://www.facebook.com/karwan.travel.eu/")]
    [InlineData("fb", "m.facebook.com/Karwan.Travel.EU?ref=bookmarks")]
    [InlineData(null, "https://facebook.com/karwan.travel.eu")]
    public void A_facebook_account_written_as_handle_or_link_meets(string? platform, string written) =>
        Assert.Equal("facebook/karwan.travel.eu", Handles.Key(platform, written));

    [Theory]
    [InlineData("telegram", "@KarwanTravel", "telegram/karwantravel")]
    [InlineData(null, "https://t.me/KarwanTravel", "telegram/karwantravel")]
    [InlineData("telegram", "telegram.me/karwantravel", "telegram/karwantravel")]
    [InlineData("instagram", "https://www.instagram.com/karwan_travel/", "instagram/karwan_travel")]
    [InlineData("tiktok", "https://www.tiktok.com/@karwan.travel", "tiktok/karwan.travel")]
    [InlineData("twitter", "@KarwanTravel", "x/karwantravel")]
    [InlineData("X", "https://twitter.com/KarwanTravel", "x/karwantravel")]
    [InlineData("snapchat", "https://www.snapchat.com/add/karwan.t", "snapchat/karwan.t")]
    [InlineData("facebook", "https://www.facebook.com/profile.php?id=100012345678", "facebook/100012345678")]
    public void Each_platform_strips_its_own_links_and_at_signs(string? platform, string written, string key) =>
        Assert.Equal(key, Handles.Key(platform, written));

    [Theory]
    [InlineData("+964 750 123 4567", null)]
    [InlineData("0750 123 4567", "IQ")]
    [InlineData("https://wa.me/9647501234567", null)]
    [InlineData("https://api.whatsapp.com/send?phone=9647501234567", null)]
    public void A_whatsapp_account_is_its_phone_number(string written, string? country) =>
        Assert.Equal("whatsapp/+9647501234567", Handles.Key("whatsapp", written, country));

    [Fact]
    public void A_handle_without_a_known_platform_has_no_key_but_is_still_cleaned()
    {
        Assert.Null(Handles.Key(null, "@karwan"));
        Assert.Equal("karwan", Handles.Canonical(null, "@Karwan"));
    }

    [Fact]
    public void The_same_name_on_two_platforms_is_two_accounts() =>
        Assert.NotEqual(Handles.Key("facebook", "karwan"), Handles.Key("instagram", "karwan"));
}
