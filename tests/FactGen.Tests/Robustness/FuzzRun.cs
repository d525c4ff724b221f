using System;
using System.Globalization;
using Xunit.Abstractions;

namespace FactGen.Tests.Robustness;

/// <summary>
/// The seed and number of cases of a randomized test. Both print to the test output, and both can be set from outside
/// to replay a failure or to run longer: <c>FACTGEN_FUZZ_SEED</c> (a whole number) and <c>FACTGEN_FUZZ_CASES</c>.
/// Case <c>i</c> of a run draws from <c>new Random(seed + i)</c>, so a failing case replays alone with its own seed
/// and one case.
/// </summary>
public sealed class FuzzRun
{
    public const string SeedVariable = "FACTGEN_FUZZ_SEED";
    public const string CasesVariable = "FACTGEN_FUZZ_CASES";

    private FuzzRun(int seed, int cases)
    {
        Seed = seed;
        Cases = cases;
    }

    /// <summary>The seed of case 0.</summary>
    public int Seed { get; }

    /// <summary>How many cases to run.</summary>
    public int Cases { get; }

    /// <summary>
    /// The run's settings: the variables when set, else a fresh seed and <paramref name="defaultCases"/>. Prints how to
    /// replay the run.
    /// </summary>
    public static FuzzRun Start(ITestOutputHelper output, int defaultCases)
    {
        var seed = ReadVariable(SeedVariable) ?? Environment.TickCount & int.MaxValue;
        var cases = ReadVariable(CasesVariable) ?? defaultCases;
        output.WriteLine($"{SeedVariable}={seed} {CasesVariable}={cases}");
        return new FuzzRun(seed, cases);
    }

    /// <summary>The random source of case <paramref name="index"/>.</summary>
    public Random RandomFor(int index) => new(unchecked(Seed + index));

    /// <summary>How to replay case <paramref name="index"/> alone, for a failure message.</summary>
    public string Replay(int index) => $"replay with {SeedVariable}={unchecked(Seed + index)} {CasesVariable}=1";

    private static int? ReadVariable(string name)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidOperationException($"{name}='{text}' is not a whole number.");
    }
}
