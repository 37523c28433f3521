using Intel.EntityResolution.Matching.Blocking;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Candidates come from shared keys, the most specific first, and a key shared too widely stops counting.</summary>
public sealed class BlockingIndexTests
{
    [Fact]
    public async Task A_key_shared_by_more_records_than_the_cap_is_no_longer_used()
    {
        var index = new InMemoryBlockingIndex(cap: 3);
        for (var id = 1; id <= 4; id++)
        {
            await index.AddAsync(id, ["n:mhmd"]);
        }
        await index.AddAsync(5, ["n:krn"]);

        Assert.Empty(await index.CandidatesAsync(["n:mhmd"], 10));
        Assert.Equal([5L], await index.CandidatesAsync(["n:mhmd", "n:krn"], 10));
        Assert.Equal(1, index.SaturatedKeys);
    }

    [Fact]
    public async Task Records_sharing_rarer_keys_come_first_and_the_limit_holds()
    {
        var index = new InMemoryBlockingIndex(cap: 100);
        for (var id = 1; id <= 50; id++)
        {
            await index.AddAsync(id, ["n:mhmd"]);
        }
        await index.AddAsync(51, ["n:mhmd", "i:phone:+9647501234567"]);

        var candidates = await index.CandidatesAsync(["n:mhmd", "i:phone:+9647501234567"], 5);

        Assert.Equal(5, candidates.Count);
        Assert.Equal(51, candidates[0]);
    }

    [Fact]
    public void A_person_is_found_by_name_words_and_pairs_birth_year_date_and_identifiers()
    {
        var keys = BlockingKeys.Of(Person("Mohammed Ali Barzani", "1984-03-02", passport: "A12345678"));

        Assert.Contains("n:mhmd", keys);
        Assert.Contains("n:al+mhmd", keys);
        Assert.Contains("ny:al+mhmd|1984", keys);
        Assert.Contains("b:1984-03-02", keys);
        Assert.Contains("i:document:A12345678", keys);
    }
}
