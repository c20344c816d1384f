using System;
using Xunit;

namespace EditorialLint.Tests.Support;

/// <summary>Cost measured as counted work (comparisons), never as time, so a loaded machine cannot flake it.</summary>
internal static class LinearGrowth
{
    /// <summary>Four times the input may cost at most 4.2 times the work: linear with a little slack, far below the
    /// sixteen times of an all-pairs comparison.</summary>
    public static void Assert(Func<int, long> work, int size, string unit)
    {
        long small = work(size), large = work(4 * size);
        Xunit.Assert.True(small > 0, $"no work counted for {size:N0} {unit}");
        Xunit.Assert.True(large <= 4.2 * small, $"{small} comparisons for {size:N0} {unit}, {large} for {4 * size:N0}");
    }
}
