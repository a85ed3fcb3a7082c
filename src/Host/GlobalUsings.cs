// The namespaces most of this project's files use.
global using ModularReports.BuildingBlocks.Persistence;
