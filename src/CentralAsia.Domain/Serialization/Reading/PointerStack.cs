using System;
using System.Globalization;
using System.Text;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>
/// Where a reader is in the document, as a stack of property names and array indexes; the JSON Pointer
/// string is built from it only when an error needs one, so a valid document never pays for paths.
/// </summary>
internal sealed class PointerStack
{
    private (string? Name, int Index)[] levels = new (string?, int)[16];

    /// <summary>How many levels deep the current value is (0: the root).</summary>
    internal int Depth { get; private set; }

    /// <summary>The property name at a level, or null where the level is an array index.</summary>
    internal string? NameAt(int level) => levels[level].Name;

    internal void PushProperty(string name)
    {
        Grow();
        levels[Depth++] = (name, 0);
    }

    internal void PushIndex(int index)
    {
        Grow();
        levels[Depth++] = (null, index);
    }

    internal void Pop() => Depth--;

    /// <summary>The JSON Pointer (RFC 6901) of the current value.</summary>
    internal string Pointer()
    {
        if (Depth == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            builder.Append('/');
            if (levels[i].Name is { } name)
            {
                builder.Append(JsonPointer.Escape(name));
            }
            else
            {
                builder.Append(levels[i].Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private void Grow()
    {
        if (Depth == levels.Length)
        {
            Array.Resize(ref levels, levels.Length * 2);
        }
    }
}
