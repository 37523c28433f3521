using Intel.Bench.Load.Spans;

/// <summary>
/// Loaded into each service process through DOTNET_STARTUP_HOOKS by the load benchmark; the runtime looks
/// for exactly this name, in no namespace. It records where the service's time goes without changing it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime's startup hook contract.")]
internal static class StartupHook
{
    public static void Initialize() => SpanRecorder.StartFromEnvironment();
}
