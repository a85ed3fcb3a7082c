using System.Runtime.CompilerServices;

// The host's generated mediator calls the module's internal handlers; the module's tests reach its internals.
[assembly: InternalsVisibleTo("ModularReports.Host")]
[assembly: InternalsVisibleTo("ModularReports.Workflow.Tests")]
[assembly: InternalsVisibleTo("ModularReports.Benchmarks")]
