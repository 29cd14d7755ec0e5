using System.Buffers.Binary;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// The little of the TrueType format certificates need. PDFsharp 6.2 reads single fonts only, and Debian ships its
/// good CJK fonts as collections (<c>.ttc</c>), so the first face is copied out into a font file of its own: the
/// same tables, moved next to each other behind a new table directory.
/// </summary>
public static class TrueTypeFile
{
    const uint Collection = 0x74746366; // 'ttcf'
    const uint TrueTypeOutlines = 0x00010000;
    const uint AppleTrueType = 0x74727565; // 'true'
    const uint CffOutlines = 0x4F54544F; // 'OTTO'
    const int TableDirectoryHeader = 12;
    const int TableRecord = 16;

    /// <summary>Why the font at <paramref name="path"/> cannot be embedded, or null when it can.</summary>
    public static string? Problem(string path)
    {
        byte[] font;
        try
        {
            font = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the font file '{path}' cannot be read ({ex.Message})";
        }

        var flavour = font.Length >= 4 ? BinaryPrimitives.ReadUInt32BigEndian(font) : 0;
        if (flavour == Collection)
        {
            flavour = font.Length >= 16 && FirstFaceOffset(font) is var at && at <= font.Length - 4
                ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan((int)at))
                : 0;
        }

        return flavour switch
        {
            TrueTypeOutlines or AppleTrueType => null,
            CffOutlines => $"'{path}' is an OpenType font with CFF outlines, which PDFsharp cannot embed; use a TrueType font",
            _ => $"'{path}' is not a TrueType font (.ttf or .ttc)",
        };
    }

    /// <summary>A single font: <paramref name="font"/> itself, or the first face of a collection.</summary>
    public static byte[] FirstFace(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        if (font.Length < 16 || BinaryPrimitives.ReadUInt32BigEndian(font) != Collection)
        {
            return font;
        }

        try
        {
            var source = font.AsSpan();
            var at = checked((int)FirstFaceOffset(font));
            int tables = BinaryPrimitives.ReadUInt16BigEndian(source[(at + 4)..]);
            var directoryLength = TableDirectoryHeader + (TableRecord * tables);
            var records = Enumerable.Range(0, tables).Select(t => at + TableDirectoryHeader + (TableRecord * t)).ToList();
            var face = new byte[directoryLength + records.Sum(r => Padded(Length(font, r)))];
            source.Slice(at, directoryLength).CopyTo(face);

            var next = directoryLength;
            for (var t = 0; t < tables; t++)
            {
                var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(source[(records[t] + 8)..]));
                var length = Length(source, records[t]);
                source.Slice(offset, length).CopyTo(face.AsSpan(next));
                BinaryPrimitives.WriteUInt32BigEndian(face.AsSpan(TableDirectoryHeader + (TableRecord * t) + 8), (uint)next);
                next += Padded(length);
            }

            return face;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("The font collection is truncated or malformed.", ex);
        }
    }

    static long FirstFaceOffset(byte[] collection) => BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12));

    static int Length(ReadOnlySpan<byte> font, int record) => checked((int)BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]));

    // Tables start on four-byte boundaries.
    static int Padded(int length) => (length + 3) & ~3;
}
