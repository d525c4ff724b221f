using System;
using System.IO;
using Xunit.Sdk;

namespace FactGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify's conventions, since Verify is not available here: the expected text is committed
/// as <c>Snapshots/Name.verified.cs</c>; a mismatch writes <c>Name.received.cs</c> beside it and fails; setting
/// <c>FACTGEN_ACCEPT_SNAPSHOTS=1</c> accepts the received text as the new verified one. Swapping to Verify later is a
/// matter of replacing calls to <see cref="Verify"/>.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "FactGen.Tests", "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("FACTGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        throw new XunitException(
            $"Snapshot '{name}' does not match {verified}.{Environment.NewLine}" +
            $"The output was written to {received}. Compare the two; if the new output is right, rename it to .verified.cs " +
            "or run the tests again with FACTGEN_ACCEPT_SNAPSHOTS=1.");
    }
}
