using System;
using Xunit;

namespace FactGen.Tests.Runtime;

/// <summary>Checks the equality contract: Equals(T), Equals(object), GetHashCode, == and !=.</summary>
internal static class EqualityContract
{
    internal static void Holds<T>(T value, T equalCopy, T different, Func<T, T, bool> equalsOperator, Func<T, T, bool> notEqualsOperator)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equalCopy));
        Assert.True(value.Equals((object)equalCopy!));
        Assert.Equal(value.GetHashCode(), equalCopy.GetHashCode());
        Assert.True(equalsOperator(value, equalCopy));
        Assert.False(notEqualsOperator(value, equalCopy));

        Assert.False(value.Equals(different));
        Assert.False(value.Equals((object)different!));
        Assert.False(equalsOperator(value, different));
        Assert.True(notEqualsOperator(value, different));

        Assert.False(value.Equals((object?)null));
        Assert.False(value.Equals(new object()));
    }
}
