using System;

namespace CentralAsia.Domain.Columnar.Internal;

// A structural check of Thrift compact-protocol bytes (Parquet's footer and page headers), run before Parquet.Net
// decodes them. Parquet.Net's decoder trusts the bytes: a list header claiming 2^31 booleans makes it loop for
// minutes without reading a byte, and past the end of its buffer it reads 0xFF forever. Here every length is checked
// against the bytes that remain (each element of a list takes at least one byte) and nesting is bounded, so bytes that
// pass decode in time linear in their length.
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
    internal bool TryReadStruct(out PageHeaderFields fields) => TryStruct(0, out fields, collect: true);

    internal bool TrySkipStruct() => TryStruct(0, out _, collect: false);

    private bool TryStruct(int depth, out PageHeaderFields fields, bool collect)
    {
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

            if (collect && type == 5 && id is 1 or 3)
            {
                if (!TryVarint(out var raw))
                {
                    return false;
                }

                var value = Zigzag(raw);
                if (id == 1)
                {
                    fields.Type = (int)value;
                }
                else
                {
                    fields.CompressedSize = value;
                }

                continue;
            }

            if (collect && type == 12 && id is 5 or 7 or 8)
            {
                // data_page_header, dictionary_page_header, data_page_header_v2: field 1 is num_values.
                if (!TryStruct(depth + 1, out var inner, collect: true))
                {
                    return false;
                }

                fields.NumValues = inner.Type;
                fields.HasValues = true;
                continue;
            }

            if (!TrySkip(type, depth + 1))
            {
                return false;
            }
        }
    }

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
            case 4 or 5 or 6:
                return TryVarint(out _);
            case 7:
                return TryAdvance(8);
            case 8:
                return TryVarint(out var length) && length <= int.MaxValue && TryAdvance((long)length);
            case 9 or 10:
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

            case 11:
                {
                    if (!TryVarint(out var size))
                    {
                        return false;
                    }

                    if (size == 0)
                    {
                        return true;
                    }

                    if (!TryByte(out var types) || size > (ulong)(data.Length - position))
                    {
                        return false;
                    }

                    for (ulong i = 0; i < size; i++)
                    {
                        if (!TrySkip(types >> 4, depth + 1) || !TrySkip(types & 0x0F, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case 12:
                return TryStruct(depth, out _, collect: false);
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

    private bool TryVarint(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (!TryByte(out var b))
            {
                return false;
            }

            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static long Zigzag(ulong raw) => (long)(raw >> 1) ^ -(long)(raw & 1);
}
