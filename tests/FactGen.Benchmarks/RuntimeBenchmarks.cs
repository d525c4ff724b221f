using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactGen.Benchmarks;

/// <summary>Issue 6, item 4: reading a fact in a running program, against a <c>const</c>, and finding one by id.</summary>
[MemoryDiagnoser]
public class FactAccessBenchmarks
{
    private LoadedFacts _facts = null!;
    private Func<long> _readConst = null!;
    private Func<long> _readFact = null!;
    private Func<IFact> _findById = null!;

    [GlobalSetup]
    public void Setup()
    {
        _facts = new LoadedFacts(1_000);
        var access = Assembly.LoadFrom(_facts.AssemblyPath).GetType("Bench.Access", throwOnError: true)!;
        _readConst = access.GetMethod(LoadedFacts.ReadConst)!.CreateDelegate<Func<long>>();
        _readFact = access.GetMethod(LoadedFacts.ReadFact)!.CreateDelegate<Func<long>>();
        _findById = access.GetMethod(LoadedFacts.FindById)!.CreateDelegate<Func<IFact>>();
    }

    [GlobalCleanup]
    public void Cleanup() => _facts.Dispose();

    [Benchmark(Baseline = true, Description = "read a const")]
    public long Const() => _readConst();

    [Benchmark(Description = "read a fact's value")]
    public long FactValue() => _readFact();

    [Benchmark(Description = "find a fact by id in the registry")]
    public IFact RegistryLookup() => _findById();
}

/// <summary>
/// Issues 6 (item 4) and 9: the first read of one fact in a fresh load context, against a <c>const</c> read the same
/// way, and against what a program without FactGen does at startup: deserialize the YAML with YamlDotNet.
/// </summary>
/// <remarks>
/// Each iteration is one read, and the load contexts of earlier ones are collected between iterations, as a fresh
/// process has none: the runtime shares a string literal among the live contexts that use it, so reads measured back
/// to back would find the text an earlier context created (and hid the 400 KB of blocks an inlining switch created),
/// and the collection of earlier contexts would fall inside the measured reads.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(OneReadPerIteration))]
public class FirstReadBenchmarks
{
    private LoadedFacts _facts = null!;
    private string _yaml = string.Empty;

    [Params(1_000, 10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _facts = new LoadedFacts(Facts);
        _yaml = SyntheticFacts.FactFile(Facts);

        // What the first of these costs once per process (the runtime library's code compiled, its caches filled) is
        // not what a fresh load context costs, which is what is measured.
        InFreshContext(LoadedFacts.ReadFact);
        InFreshContext(LoadedFacts.FindById);
        InFreshContext(LoadedFacts.ReadPlain);
        InFreshContext(LoadedFacts.LoadFactClass);
    }

    [GlobalCleanup]
    public void Cleanup() => _facts.Dispose();

    /// <summary>Collects the load contexts of the reads before, outside the measured one.</summary>
    [IterationCleanup]
    public void CollectUnloadedContexts()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark(Baseline = true, Description = "fresh load context, read a const")]
    public object Const() => InFreshContext(LoadedFacts.ReadConst);

    [Benchmark(Description = "fresh load context, first read of one fact")]
    public object FirstFact() => InFreshContext(LoadedFacts.ReadFact);

    /// <summary>
    /// What a first read of one of its facts cannot cost less than: loading the fact class itself, whose members (a
    /// property per fact) the runtime loads with it. The first read minus this is what the generated code adds.
    /// </summary>
    [Benchmark(Description = "fresh load context, load the fact class alone")]
    public object FactClassLoad() => InFreshContext(LoadedFacts.LoadFactClass);

    /// <summary>
    /// The floor: the first read of a plain property of a class with as many properties as the file has facts. What
    /// loading a class of that many members costs, which a first fact read cannot cost less than.
    /// </summary>
    [Benchmark(Description = "fresh load context, first read of a plain property of as large a class")]
    public object FirstPlainProperty() => InFreshContext(LoadedFacts.ReadPlain);

    [Benchmark(Description = "fresh load context, first registry lookup")]
    public object FirstRegistryLookup() => InFreshContext(LoadedFacts.FindById);

    [Benchmark(Description = "without FactGen: deserialize the YAML, find the fact")]
    public decimal DeserializeYaml()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var document = deserializer.Deserialize<YamlFactFile>(_yaml);
        var fact = document.Facts.First(f => f.Id == "fact-0");
        return decimal.Parse(fact.Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    private object InFreshContext(string method)
    {
        var context = new AssemblyLoadContext("first-read", isCollectible: true);
        try
        {
            return context.LoadFromAssemblyPath(_facts.AssemblyPath).GetType("Bench.Access", throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A fact file as a program without FactGen would read it.</summary>
    public sealed class YamlFactFile
    {
        public Dictionary<string, Dictionary<string, string>> Sources { get; set; } = [];

        public List<YamlFact> Facts { get; set; } = [];
    }

    /// <summary>A fact as a program without FactGen would read it.</summary>
    public sealed class YamlFact
    {
        public string Id { get; set; } = string.Empty;

        public string Claim { get; set; } = string.Empty;

        public string Value { get; set; } = string.Empty;

        public string? Unit { get; set; }

        public string? Precision { get; set; }

        public string? Period { get; set; }

        public string Source { get; set; } = string.Empty;

        public string Quote { get; set; } = string.Empty;

        public string? AttributedTo { get; set; }

        public string? Locator { get; set; }
    }
}

/// <summary>
/// One read per iteration (a first read cannot be repeated in one context), the contexts of earlier reads collected
/// between iterations, and enough iterations for a median of single reads of a few milliseconds; in process, as the
/// other benchmarks are run (<c>--job</c> or <c>--inProcess</c> on the command line would add a second job).
/// </summary>
public sealed class OneReadPerIteration : ManualConfig
{
    public OneReadPerIteration()
        => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(41).WithInvocationCount(1).WithUnrollFactor(1));
}
