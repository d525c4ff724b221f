using System;
using System.IO;
using Xunit;

namespace FactGen.Tests.Infrastructure;

/// <summary>
/// Where the repository, its facts and the shared test data are, found by walking up from the test assembly to
/// FactGen.sln. Not from [CallerFilePath]: a CI build maps source paths to /_/ for reproducibility. Linked into every
/// test project, so that all of them find ../shared, and skip or fail without it, in one way.
/// </summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(() =>
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "FactGen.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException($"No FactGen.sln above {AppContext.BaseDirectory}.");
        }

        return directory;
    });

    /// <summary>The repository root: the folder with FactGen.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>The curated facts of the repository.</summary>
    public static string FactsDirectory => Path.Combine(RepositoryRoot, "facts");

    /// <summary>
    /// <c>../shared</c> beside the repository, which holds the articles and the YAML test suite; see
    /// <see cref="Unavailable"/> for what its absence does.
    /// </summary>
    public static string RequireShared(string subfolder)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", subfolder));
        if (!Directory.Exists(path))
        {
            Unavailable($"{path} is not here: this clone has no ../shared beside it, so the test cannot read it.");
        }

        return path;
    }

    /// <summary>
    /// Something a test needs from outside the clone is missing: in CI (CI=true), where it must be there, the test
    /// fails; elsewhere it is skipped with the reason.
    /// </summary>
    public static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true, so this must be available: {reason}");
        }

        Skip.If(true, reason);
    }
}
