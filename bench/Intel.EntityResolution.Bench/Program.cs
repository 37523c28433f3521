using Intel.EntityResolution.Bench;
using Intel.EntityResolution.Bench.EndToEnd;
using Intel.EntityResolution.Bench.Quality;

// One documented command per benchmark (see README.md):
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- quality [--data DIR] [--set NAME=DIR] [--only NAME,NAME]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- febrl [--data DIR]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- arabic
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- scale [--sizes 10000,100000,1000000]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- estimate [--data DIR] [--out DIR]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- e2e SET [--gateway URL] [--limit N]
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return args.FirstOrDefault() switch
{
    "quality" => await QualityCommand.RunAsync(options),
    "febrl" => await FebrlBenchmark.RunAsync(options),
    "arabic" => await ArabicBenchmark.RunAsync(options),
    "scale" => await ScaleBenchmark.RunAsync(options),
    "estimate" => await EstimateCommand.RunAsync(options),
    "e2e" => await EndToEndCommand.RunAsync(args.ElementAtOrDefault(1) is { } set && !set.StartsWith("--", StringComparison.Ordinal) ? set : null, options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Intel.EntityResolution.Bench quality|febrl|arabic|scale|estimate|e2e [options]
          --data DIR         quality, e2e: the shared data root (else ../shared/data from the repository root);
                             febrl, estimate: the FEBRL directory (else INTEL_FEBRL_DIR, else ../shared/data/febrl)
          --set NAME=DIR     quality, e2e: read data set NAME (a folder name such as splink-historical-figures) from DIR
          --only NAME,NAME   quality: score only these data sets
          --weights VERSION  weights version to load (the service's default, person-v3, otherwise)
          --sizes N,N,N      known entities for scale (10000,100000,1000000)
          --out DIR          where estimate writes the weights files (the service's Matching/Weights)
          --link B --review B  thresholds in bits instead of the weights file's, to explore the trade-off
          --explain N        audit decisions and print N missed and N wrong pairs (names: N failed cases) with explanations
          --oracle           (arabic) how separable the set is: each mention against its true person and the best wrong one
          e2e SET            a record set (e.g. splink-fake-people/fake_1000) through the platform: --gateway URL
                             (http://127.0.0.1:8080), --client ID (uk-nca-feed), --secret S (ID-secret) to submit,
                             --reader ID (uk-nca-analyst), --reader-secret S (ID-secret) to read, --limit N
        """);
    return 2;
}
