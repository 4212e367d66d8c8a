using BenchmarkDotNet.Running;

// Benchmarks are not part of `./build.sh test`: run them with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
