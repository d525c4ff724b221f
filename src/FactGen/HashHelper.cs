using System.Collections.Generic;

namespace FactGen;

/// <summary>Combines hash codes; netstandard2.0 has no <c>System.HashCode</c>.</summary>
internal static class HashHelper
{
    private const int Seed = 17;
    private const int Multiplier = -1521134295;

    internal static int Combine(int h1, int h2)
    {
        unchecked
        {
            return ((Seed * Multiplier) + h1) * Multiplier + h2;
        }
    }

    internal static int Combine(int h1, int h2, int h3) => Combine(Combine(h1, h2), h3);

    internal static int Combine(int h1, int h2, int h3, int h4) => Combine(Combine(h1, h2, h3), h4);

    internal static int Of<T>(T value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);

    internal static int Of(string? value) => value is null ? 0 : System.StringComparer.Ordinal.GetHashCode(value);
}
