using OpenIddict.Server;
using Intel.PartnerGateway.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Intel.PartnerGateway.Oidc;

/// <summary>Client-credentials requests are the partner machines' flow: OpenIddict lets them through to <see cref="IssueToken"/>.</summary>
internal sealed class LeaveClientCredentials : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
            .UseSingletonHandler<LeaveClientCredentials>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        if (context.Request is { GrantType: GrantTypes.ClientCredentials } || context.Request?.GrantType is null)
        {
            context.SkipRequest();
        }
        return ValueTask.CompletedTask;
    }
}
