using System.Runtime.CompilerServices;

// The host's generated mediator calls the module's internal handlers; the module's tests reach its internals.
[assembly: InternalsVisibleTo("ModularReports.Host")]
[assembly: InternalsVisibleTo("ModularReports.Reporting.Tests")]
[assembly: InternalsVisibleTo("ModularReports.Reporting.UnitTests")]
