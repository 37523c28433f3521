namespace Intel.PartnerGateway.People;

public static class PeopleSetup
{
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PeopleSeed>(builder.Configuration.GetSection(PeopleSeed.Section));
        builder.Services.AddHostedService<PeopleSeeder>();
        return builder;
    }
}
