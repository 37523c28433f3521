using Microsoft.EntityFrameworkCore;

namespace Intel.PartnerGateway.Oidc;

/// <summary>OpenIddict's applications, authorizations and tokens, in partner-gateway's own schema beside its Marten store.</summary>
public sealed class OidcDbContext(DbContextOptions<OidcDbContext> options) : DbContext(options)
{
    public const string Schema = "partner_gateway_oidc";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
