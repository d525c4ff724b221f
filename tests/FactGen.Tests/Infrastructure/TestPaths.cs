using System;
using System.IO;
using Xunit;

namespace FactGen.Tests.Infrastructure;

/// <summary>Where the repository, its facts and the shared test data are, found from this source file's path.</summary>
public static class TestPaths
{
    /// <summary>The test project's folder, from the path of a source file in it.</summary>
    public static string TestProjectDirectory(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath)!;
        while (!File.Exists(Path.Combine(directory, "FactGen.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException($"No FactGen.Tests.csproj above {callerPath}.");
        }

        return directory;
    }

    /// <summary>The repository root: the folder with FactGen.sln.</summary>
    public static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string callerPath = "")
        => Path.GetFullPath(Path.Combine(TestProjectDirectory(callerPath), "..", ".."));

    /// <summary>The curated facts of the repository.</summary>
    public static string FactsDirectory => Path.Combine(RepositoryRoot(), "facts");

    /// <summary>
    /// <c>../shared</c> beside the repository, which holds the articles and the YAML test suite. In CI (CI=true) its
    /// absence fails the test; elsewhere the test is skipped with a message that says why.
    /// </summary>
    public static string RequireShared(string subfolder)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", subfolder));
        if (Directory.Exists(path))
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {path} is missing: CI runs with ../shared beside the clone.");
        }

        Skip.If(true, $"{path} is not here: this clone has no ../shared beside it, so the test cannot read it.");
        return path;
    }
}
