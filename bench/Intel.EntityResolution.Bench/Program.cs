using Intel.EntityResolution.Bench;

// One documented command per benchmark (see README.md):
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- febrl [--data DIR]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- arabic
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- scale [--sizes 10000,100000,1000000]
//   dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- estimate [--data DIR] [--out DIR]
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return args.FirstOrDefault() switch
{
    "febrl" => await FebrlBenchmark.RunAsync(options),
    "arabic" => await ArabicBenchmark.RunAsync(options),
    "scale" => await ScaleBenchmark.RunAsync(options),
    "estimate" => await EstimateCommand.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Intel.EntityResolution.Bench febrl|arabic|scale|estimate [options]
          --data DIR         FEBRL directory (else INTEL_FEBRL_DIR, else ../shared/data/febrl from the repository root)
          --weights VERSION  weights version to load (febrl-v1 for febrl, person-v1 otherwise)
          --sizes N,N,N      known entities for scale (10000,100000,1000000)
          --out DIR          where estimate writes the weights files (the service's Matching/Weights)
          --link B --review B  thresholds in bits instead of the weights file's, to explore the trade-off
          --explain N        audit decisions and print N missed and N wrong pairs with their explanations
          --oracle           (arabic) how separable the set is: each mention against its true person and the best wrong one
        """);
    return 2;
}
