using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Intel.Gateway.Protection;
using Scalar.AspNetCore;

namespace Intel.Gateway.Documentation;

/// <summary>
/// GET /docs: a browsable reference of the public contract (Scalar). Its script and page come from this
/// gateway, fonts are the browser's own, and the page's policy lets it load and call nothing but this origin:
/// the networks the platform runs on may be closed, and a reference page is no reason to reach outside them.
/// </summary>
public static partial class ApiReference
{
    public const string Path = "/docs";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, o =>
        {
            o.Title = "Intel public API";
            o.OpenApiRoutePattern = PublicContract.Path;
            o.DefaultFonts = false;
        }).AllowAnonymous().DisableRateLimiting();
        return app;
    }

    /// <summary>Gives the reference's pages a policy that allows this origin and, by hash, the page's own inline module.</summary>
    public static IApplicationBuilder UseApiReferencePolicy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(Path))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var inline = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            ? InlineScript().Matches(Encoding.UTF8.GetString(buffer.ToArray())).Select(m => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            : [];
        SecurityHeaders.UsePolicy(context, $"default-src 'none'; script-src 'self'{string.Concat(inline)}; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.+?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InlineScript();
}
