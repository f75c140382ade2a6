using System.Globalization;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// A JSON Pointer kept as its parts — up to three steps of a property name and an array index, then an optional last
/// property — and joined into a string only when an error needs it. Copying one costs nothing, so rules over thousands
/// of valid items build no path at all.
/// </summary>
/// <remarks>Names are given with their leading '/' and unescaped-safe (constants of the format, such as <c>"/terms"</c>).</remarks>
internal readonly struct DeferredPointer
{
    private readonly string? name1;
    private readonly string? name2;
    private readonly string? name3;
    private readonly string? last;
    private readonly int index1;
    private readonly int index2;
    private readonly int index3;
    private readonly int steps;

    private DeferredPointer(string? name1, int index1, string? name2, int index2, string? name3, int index3, int steps, string? last)
    {
        this.name1 = name1;
        this.index1 = index1;
        this.name2 = name2;
        this.index2 = index2;
        this.name3 = name3;
        this.index3 = index3;
        this.steps = steps;
        this.last = last;
    }

    /// <summary>The pointer to item <paramref name="index"/> of a top-level collection: <c>/leaders/3</c>.</summary>
    internal static DeferredPointer At(string collection, int index) => new(collection, index, null, 0, null, 0, 1, null);

    /// <summary>This pointer followed by item <paramref name="index"/> of its list <paramref name="name"/>: <c>…/terms/2</c>.</summary>
    internal DeferredPointer Item(string name, int index) => steps switch
    {
        1 => new(name1, index1, name, index, null, 0, 2, null),
        2 => new(name1, index1, name2, index2, name, index, 3, null),
        _ => throw new System.InvalidOperationException("A deferred pointer holds at most three steps."),
    };

    /// <summary>This pointer followed by a property: <c>…/start</c>.</summary>
    internal DeferredPointer Property(string name) => new(name1, index1, name2, index2, name3, index3, steps, name);

    /// <summary>The pointer as a string (RFC 6901).</summary>
    /// <returns>The pointer.</returns>
    public override string ToString() => steps switch
    {
        1 => string.Concat(name1, "/", Index(index1), last),
        2 => string.Concat(string.Concat(name1, "/", Index(index1)), string.Concat(name2, "/", Index(index2), last)),
        _ => string.Concat(string.Concat(name1, "/", Index(index1)), string.Concat(name2, "/", Index(index2)), string.Concat(name3, "/", Index(index3), last)),
    };

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
