using System;

namespace CentralAsia.Domain.Columnar.Internal;

// A check of Thrift compact-protocol bytes (Parquet's footer and page headers), run before Parquet.Net decodes them.
// Parquet.Net's decoder trusts the bytes: it reads a known field as the type it expects whatever the wire says, its
// SkipField skips a struct's field headers but not their values and a boolean list's elements not at all, and past
// the end of its buffer it reads 0xFF forever (a list of 2^31 elements, a varint that never ends). Either desynchronises
// it into loops that last minutes or never end. So here each struct is walked as Parquet.Net will read it
// (ThriftShapes): a known field must have the wire type Parquet.Net reads, an unknown one must be of a type its
// SkipField skips correctly, every length must fit the bytes that remain, and nesting is bounded. Bytes that pass are
// decoded by Parquet.Net in step with this walk, in time linear in their length.
internal ref struct ThriftCompact
{
    private const int MaxDepth = 32;
    private readonly ReadOnlySpan<byte> data;
    private int position;

    internal ThriftCompact(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    internal readonly int Position => position;

    // Walks one struct; for a page header, collects the fields the page walk needs.
    internal bool TryReadPageHeader(out PageHeaderFields fields) => TryStruct("PageHeader", 0, out fields, collect: true);

    internal bool TryReadFooter() => TryStruct("FileMetaData", 0, out _, collect: false);

    private bool TryStruct(string name, int depth, out PageHeaderFields fields, bool collect)
    {
        var shape = ThriftShapes.Of(name);
        fields = default;
        if (depth > MaxDepth)
        {
            return false;
        }

        short id = 0;
        while (true)
        {
            if (!TryByte(out var header))
            {
                return false;
            }

            if (header == 0)
            {
                return true;
            }

            var type = header & 0x0F;
            var delta = header >> 4;
            if (delta == 0)
            {
                if (!TryVarint(out var raw))
                {
                    return false;
                }

                id = (short)Zigzag(raw);
            }
            else
            {
                id += (short)delta;
            }

            if (shape is null || !shape.TryGetValue(id, out var expected))
            {
                // Parquet.Net will SkipField it: only types that SkipField skips in step.
                if (type is not (1 or 2 or 3 or 4 or 5 or 6 or 7 or 8) && !(type == 9 && IsFlatList()))
                {
                    return false;
                }

                if (!TrySkip(type, depth + 1))
                {
                    return false;
                }

                continue;
            }

            if (!(type == expected.Wire || (expected.Wire == 1 && type == 2)))
            {
                return false;
            }

            if (type == 9)
            {
                if (!TryList(expected, depth + 1))
                {
                    return false;
                }

                continue;
            }

            if (type == 12)
            {
                var nested = default(PageHeaderFields);
                if (!TryStruct(expected.Struct!, depth + 1, out nested, collect && id is 5 or 7 or 8))
                {
                    return false;
                }

                if (collect && id is 5 or 7 or 8)
                {
                    // data_page_header, dictionary_page_header, data_page_header_v2: field 1 is num_values.
                    fields.NumValues = nested.Type;
                    fields.HasValues = true;
                    if (depth == 0 && id == 5)
                    {
                        // DataPageHeader: 2 encoding.
                        fields.Encoding = (int)nested.UncompressedSize;
                    }
                    else if (depth == 0 && id == 8)
                    {
                        // DataPageHeaderV2: 2 num_nulls, 4 encoding, 5 and 6 the level byte lengths, 7 is_compressed.
                        fields.NumNulls = nested.UncompressedSize;
                        fields.Encoding = (int)nested.Field4;
                        fields.DefinitionBytes = nested.Field5;
                        fields.RepetitionBytes = nested.Field6;
                        fields.ValuesUncompressed = nested.Field7False;
                    }
                }

                continue;
            }

            if (collect && id == 7 && type is 1 or 2)
            {
                // A boolean's value is its type: 1 true, 2 false.
                fields.Field7False = type == 2;
                continue;
            }

            if (collect && type == 5 && id is >= 1 and <= 6)
            {
                if (!TryVarint(out var raw))
                {
                    return false;
                }

                var value = Zigzag(raw);
                switch (id)
                {
                    case 1:
                        fields.Type = (int)value;
                        break;
                    case 2:
                        fields.UncompressedSize = value;
                        break;
                    case 3:
                        fields.CompressedSize = value;
                        break;
                    case 4:
                        fields.Field4 = value;
                        break;
                    case 5:
                        fields.Field5 = value;
                        break;
                    default:
                        fields.Field6 = value;
                        break;
                }

                continue;
            }

            if (!TrySkip(type, depth + 1))
            {
                return false;
            }
        }
    }

    // A known list: its element type must be the one Parquet.Net reads, and each element is walked as such.
    private bool TryList(ThriftField expected, int depth)
    {
        if (!TryListHeader(out var size, out var element) || element != expected.Element && !(expected.Element == 1 && element == 2))
        {
            return false;
        }

        for (long i = 0; i < size; i++)
        {
            var ok = element switch
            {
                12 => TryStruct(expected.Struct!, depth, out _, collect: false),
                1 or 2 => TryByte(out _),
                _ => TrySkip(element, depth),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // An unknown list Parquet.Net's SkipField skips in step: elements that are read, not booleans or structs.
    private readonly bool IsFlatList() => position < data.Length && (data[position] & 0x0F) is 3 or 4 or 5 or 6 or 7 or 8;

    private bool TryListHeader(out long size, out int element)
    {
        size = 0;
        element = 0;
        if (!TryByte(out var sizeAndType))
        {
            return false;
        }

        size = sizeAndType >> 4;
        if (size == 15)
        {
            if (!TryVarint(out var big) || big > int.MaxValue)
            {
                return false;
            }

            size = (long)big;
        }

        element = sizeAndType & 0x0F;
        return size <= data.Length - position;
    }

    // Skips a value Parquet.Net will skip in step: scalars, and lists of scalars (structs, sets and maps are refused
    // before they get here, as its SkipField cannot skip them).
    private bool TrySkip(int type, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (type)
        {
            case 1 or 2:
                return true;
            case 3:
                return TryByte(out _);
            case 4 or 5:
                return TryVarint(out _);
            case 6:
                return TryVarint(out _, wide: true);
            case 7:
                return TryAdvance(8);
            case 8:
                return TryVarint(out var length) && length <= int.MaxValue && TryAdvance((long)length);
            case 9:
                {
                    if (!TryByte(out var sizeAndType))
                    {
                        return false;
                    }

                    long size = sizeAndType >> 4;
                    if (size == 15)
                    {
                        if (!TryVarint(out var big))
                        {
                            return false;
                        }

                        size = (long)Math.Min(big, long.MaxValue);
                    }

                    var element = sizeAndType & 0x0F;
                    if (size > data.Length - position)
                    {
                        return false;
                    }

                    for (long i = 0; i < size; i++)
                    {
                        // Booleans in a list are one byte each.
                        if (!(element is 1 or 2 ? TryByte(out _) : TrySkip(element, depth + 1)))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return false;
        }
    }

    private bool TryByte(out byte value)
    {
        if (position >= data.Length)
        {
            value = 0;
            return false;
        }

        value = data[position++];
        return true;
    }

    private bool TryAdvance(long count)
    {
        if (count < 0 || count > data.Length - position)
        {
            return false;
        }

        position += (int)count;
        return true;
    }

    // A varint read exactly as Parquet.Net reads it: to the first byte without the continuation bit, however long,
    // accumulated in 32 bits (field ids, i16, i32, lengths, sizes) or 64 (i64), where C# shifts wrap the count. Bytes
    // that decode to a different value here and there would desynchronise the two walks.
    private bool TryVarint(out ulong value, bool wide = false)
    {
        value = 0;
        uint narrow = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (!TryByte(out var b))
            {
                return false;
            }

            if (wide)
            {
                value |= (ulong)(b & 0x7F) << shift;
            }
            else
            {
                narrow |= (uint)(b & 0x7F) << shift;
                value = narrow;
            }

            if ((b & 0x80) == 0)
            {
                return true;
            }
        }
    }

    private static long Zigzag(ulong raw) => (long)(raw >> 1) ^ -(long)(raw & 1);
}
