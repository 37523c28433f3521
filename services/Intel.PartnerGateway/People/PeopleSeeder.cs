using Marten;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Clients;
using Intel.PartnerGateway.SignIn;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.People;

/// <summary>
/// Seeds each configured agency's people, already accepted and enrolled, as events; refuses to start when
/// production asks for seeded people. Runs before requests are served.
/// </summary>
internal sealed class PeopleSeeder(
    IDocumentStore store, IOptions<PeopleSeed> people, IOptions<PartnerSeed> partners, SecondFactor factor,
    IHostEnvironment environment, TimeProvider clock, ILogger<PeopleSeeder> logger) : IHostedService
{
    private const string By = "seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && people.Value.Seed == true)
        {
            throw new InvalidOperationException("Refusing to start: People:Seed is set, and production has no seeded people.");
        }
        if (!(people.Value.Seed ?? environment.IsDevelopment()))
        {
            return;
        }
        await using var session = store.OpenTracedSession(By);
        var known = (await session.Query<Person>().Select(p => p.Email).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        // One Argon2id hash for them all: seeding fifteen costs one hashing, not fifteen, at every test platform's start.
        var hash = new Lazy<string>(() => Passwords.Hash(PeopleSeed.DevelopmentPassword));
        foreach (var agency in partners.Value.Agencies)
        {
            foreach (var (email, name, roles) in PeopleSeed.PeopleOf(agency.Id).Where(p => !known.Contains(p.Email)))
            {
                var id = Person.StreamIdFor(email);
                session.Events.StartStream<Person>(id,
                    new PersonInvited(id, agency.Id, email, name, roles, "", now, By, now),
                    new InvitationAccepted(id, hash.Value, now),
                    new SecondFactorEnrolled(id, factor.Protect(id, PeopleSeed.DevelopmentTotpSecret(email)), [], now));
                logger.LogInformation("Seeded person {Email} of agency {Agency}", email, agency.Id);
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
