using System;

namespace CentralAsia.Domain.Columnar.Internal;

internal static class Checks
{
    internal static int Range(int value, int min, int max, string paramName) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(paramName, value, $"Expected {min} to {max}.");
}
