using Intel.Bench;
using Intel.Bench.Faults;
using Intel.Bench.Load;
using Intel.Bench.Load.Backfill;
using Intel.Bench.Taxii;

// One documented command per benchmark: dotnet run -c Release --project bench/Intel.Bench -- <name> [options]
return args.FirstOrDefault() switch
{
    "alerts" => await AlertLatencyBenchmark.RunAsync(args[1..]),
    "backfill" => await BackfillCommand.RunAsync(args[1..]),
    "faults" => await FaultsCommand.RunAsync(args[1..]),
    "load" => await LoadCommand.RunAsync(args[1..]),
    "taxii" => await TaxiiPagingBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Intel.Bench alerts [--seconds N] [--rates 10,100,200,...]");
    Console.Error.WriteLine($"       Intel.Bench {FaultOptions.Usage}");
    Console.Error.WriteLine(LoadOptions.Usage);
    Console.Error.WriteLine(BackfillOptions.Usage);
    Console.Error.WriteLine(TaxiiPagingBenchmark.Usage);
    return 2;
}
