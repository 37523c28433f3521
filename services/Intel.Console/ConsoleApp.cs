using Intel.AnalystConsole.Alerts;
using Intel.AnalystConsole.Languages;
using Intel.AnalystConsole.Platform;
using Intel.AnalystConsole.Review;
using Intel.AnalystConsole.Shell;
using Intel.AnalystConsole.SignIn;
using Intel.ServiceDefaults.Telemetry;

namespace Intel.AnalystConsole;

/// <summary>Composition root of the console: the people's interface and its own backend-for-frontend.</summary>
public static class ConsoleApp
{
    public const string ServiceName = "intel-console";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        // Named, so its static assets are found when another assembly (a test) hosts it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ConsoleApp).Assembly.GetName().Name });
        if (typeof(ConsoleApp).Assembly.GetManifestResourceStream("appsettings.json") is { } defaults)
        {
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonStreamConfigurationSource { Stream = defaults });
        }
        builder.AddIntelTelemetry(ServiceName);
        builder.Services.AddHealthChecks();
        builder.Services.AddOptions<ConsoleSettings>().Bind(builder.Configuration.GetSection(ConsoleSettings.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddConsoleSignIn();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddLocalization();
        builder.Services.AddPlatformApi();
        builder.Services.AddScoped<AlertRelay>();
        builder.Services.AddScoped<MatchWords>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseConsoleSecurityHeaders();
        app.UseConsoleLanguages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapHealthChecks("/health/live").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapConsoleSignIn();
        app.MapLanguageChoice();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
        return app;
    }
}
