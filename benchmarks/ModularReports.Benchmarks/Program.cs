using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ModularReports.Benchmarks.TransitionBenchmarks).Assembly).Run(args);
