using System;
using System.IO;
using FactGen.Tests.Infrastructure;

namespace FactGen.PackageTests.Infrastructure;

/// <summary>
/// FactGen packed once from this repository into a folder feed, and a folder outside the repository where test
/// consumers are created as brand-new projects that restore from that feed and the machine's usual sources.
/// </summary>
/// <remarks>
/// Each run packs a version of its own, so a package that an earlier run left in the NuGet cache is never used;
/// the run removes its version from the cache when it ends. The pack builds into a folder of its own
/// (<c>--artifacts-path</c>), so it neither reads nor disturbs the repository's bin and obj folders.
/// </remarks>
public sealed class PackageFeed : IDisposable
{
    /// <summary>The pack, checked by each test rather than here, so that a test can skip when the registry is away.</summary>
    private readonly CommandResult _pack;

    /// <summary>The run's folder, outside the repository: the feed, the pack's build, the consumers.</summary>
    private readonly string _root;

    /// <summary>Where the pack builds (<c>--artifacts-path</c>).</summary>
    private readonly string _artifacts;

    public PackageFeed()
    {
        Version = "0.0.0-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12);
        _root = Path.Combine(Path.GetTempPath(), "factgen-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        _artifacts = Path.Combine(_root, "artifacts");
        FeedDirectory = Path.Combine(_root, "feed");
        ConsumersDirectory = Path.Combine(_root, "consumers");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(ConsumersDirectory);

        _pack = Pack(FeedDirectory);

        // Consumers sit outside the repository; empty files here stop MSBuild from looking further up for any.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Packages.props"), "<Project />\n");
        // The feed comes on top of the machine's sources (no <clear/>), as a user's own feed would.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="factgen-e2e" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The version of FactGen in the feed, unique to this run.</summary>
    public string Version { get; }

    /// <summary>The folder feed: the package and its symbols package, named <c>FactGen.{Version}</c>.</summary>
    public string FeedDirectory { get; }

    /// <summary>Where consumer projects are created; it holds the nuget.config that names the feed.</summary>
    public string ConsumersDirectory { get; }

    /// <summary>
    /// Packs the same sources, version and settings again from a clean build (the first build's folder deleted), into
    /// a folder of its own, which it returns.
    /// </summary>
    public string PackAgainFromCleanBuild()
    {
        EnsureRestored(_pack);
        Directory.Delete(_artifacts, recursive: true);
        var output = Path.Combine(_root, "packed-again");
        EnsureRestored(Pack(output));
        return output;
    }

    /// <summary>
    /// Creates a project from a <c>dotnet new</c> template with its options and adds FactGen to it from the feed,
    /// the way the package's README tells a user to.
    /// </summary>
    public ConsumerProject CreateConsumer(string name, string template, params string[] templateOptions)
    {
        EnsureRestored(_pack);
        var project = CreateProject(name, template, templateOptions);
        EnsureRestored(DotNetCli.Run(project.Directory, "add", "package", "FactGen", "--version", Version));
        return project;
    }

    /// <summary>Creates a project from a <c>dotnet new</c> template with its options, without FactGen.</summary>
    public ConsumerProject CreateProject(string name, string template, params string[] templateOptions)
    {
        DotNetCli.Run(ConsumersDirectory, ["new", template, "--name", name, "--no-restore", .. templateOptions]).EnsureSuccess();
        return new ConsumerProject(Path.Combine(ConsumersDirectory, name));
    }

    private CommandResult Pack(string output)
        => DotNetCli.Run(
            TestPaths.RepositoryRoot,
            "pack", Path.Combine("src", "FactGen"),
            "--configuration", "Release",
            "--output", output,
            "--artifacts-path", _artifacts,
            $"-p:PackageVersion={Version}");

    /// <summary>A registry that cannot be reached (NU1301) skips the test, or fails it in CI; any other failure fails it.</summary>
    private static void EnsureRestored(CommandResult result)
    {
        if (result.ExitCode != 0 && result.Output.Contains("NU1301", StringComparison.Ordinal))
        {
            TestPaths.Unavailable("The NuGet registry cannot be reached (NU1301), so packages cannot be restored. " + result.Describe());
        }

        result.EnsureSuccess();
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        var cached = Path.Combine(GlobalPackagesFolder(), "factgen", Version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    private static string GlobalPackagesFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
