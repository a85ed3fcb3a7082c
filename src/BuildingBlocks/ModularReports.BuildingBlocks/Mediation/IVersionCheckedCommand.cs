namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// A command whose handler reads what it needs, then writes everything in one <c>SaveChanges</c> that the changed
/// aggregate's version guards (a concurrent change makes it fail and nothing is written). It runs without a
/// transaction held across its reads: on SQLite that transaction is the single write lock, and holding it while the
/// handler reads other modules and builds its answer made every other writer wait (ADR 0015).
/// </summary>
public interface IVersionCheckedCommand;
