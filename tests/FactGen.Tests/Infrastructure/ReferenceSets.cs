using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace FactGen.Tests.Infrastructure;

/// <summary>A framework that a project using FactGen can target, as test compilations see it.</summary>
public enum TestFramework
{
    /// <summary>net8.0, the oldest framework of the runtime's net8.0 build.</summary>
    Net80,

    /// <summary>net10.0, the newest.</summary>
    Net100,

    /// <summary>netstandard2.0, a library that any .NET can load (it gets the runtime's netstandard2.0 build).</summary>
    NetStandard20,
}

/// <summary>
/// The references of test compilations: a framework's reference assemblies from Basic.Reference.Assemblies, never the
/// assemblies of the runtime that runs the tests, and the FactGen runtime of the matching build output.
/// </summary>
public static class ReferenceSets
{
    private static readonly Lazy<MetadataReference> s_netStandardRuntime = new(() => MetadataReference.CreateFromFile(
        Path.Combine(AppContext.BaseDirectory, "runtime", "netstandard2.0", "FactGen.dll")));

    private static readonly Lazy<MetadataReference> s_runtime = new(() => MetadataReference.CreateFromFile(typeof(FactGen.Fact<>).Assembly.Location));

    /// <summary>Every framework the package supports, for theories that run on each.</summary>
    public static IEnumerable<object[]> All => Enum.GetValues<TestFramework>().Select(framework => new object[] { framework });

    /// <summary>The framework's reference assemblies and no FactGen runtime.</summary>
    public static IReadOnlyList<MetadataReference> Framework(TestFramework framework) => framework switch
    {
        TestFramework.Net80 => Net80.References.All,
        TestFramework.Net100 => Net100.References.All,
        TestFramework.NetStandard20 => NetStandard20.References.All,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, null),
    };

    /// <summary>The FactGen runtime build that a project of <paramref name="framework"/> gets from the package.</summary>
    public static MetadataReference Runtime(TestFramework framework)
        => framework == TestFramework.NetStandard20 ? s_netStandardRuntime.Value : s_runtime.Value;

    /// <summary>The framework and the FactGen runtime: what a project of <paramref name="framework"/> compiles against.</summary>
    public static ImmutableArray<MetadataReference> WithRuntime(TestFramework framework) => [.. Framework(framework), Runtime(framework)];
}
