using System.Buffers.Binary;
using DigitalCity.Publicity.Contests.Certificates;

namespace DigitalCity.Tests.Unit.Publicity.Certificates;

/// <summary>The first face of a TrueType collection (.ttc) copied out as a font of its own, for PDFsharp.</summary>
public class TrueTypeFileTests
{
    static readonly byte[] Glyphs = "glyf-data!"u8.ToArray();

    [Fact]
    public void The_first_face_of_a_collection_is_the_same_font_as_on_its_own()
    {
        var single = Font(tablesAt: 12 + 16);
        var collection = Collection();

        Assert.Equal(single, TrueTypeFile.FirstFace(collection));
    }

    [Fact]
    public void A_single_font_is_returned_as_it_is()
    {
        var single = Font(tablesAt: 12 + 16);

        Assert.Same(single, TrueTypeFile.FirstFace(single));
    }

    [Fact]
    public void A_truncated_collection_is_refused_as_malformed()
    {
        var collection = Collection();

        Assert.Throws<InvalidDataException>(() => TrueTypeFile.FirstFace(collection[..40]));
    }

    [Fact]
    public void Cff_outlines_and_other_files_are_named_as_the_problem()
    {
        var folder = Directory.CreateTempSubdirectory("digitalcity-fonts-");
        try
        {
            var cff = Path.Combine(folder.FullName, "noto.otf");
            var text = Path.Combine(folder.FullName, "notes.txt");
            var good = Path.Combine(folder.FullName, "face.ttc");
            File.WriteAllBytes(cff, [.. "OTTO"u8, 0, 0, 0, 0]);
            File.WriteAllText(text, "not a font");
            File.WriteAllBytes(good, Collection());

            Assert.Contains("CFF outlines", TrueTypeFile.Problem(cff), StringComparison.Ordinal);
            Assert.Contains("is not a TrueType font", TrueTypeFile.Problem(text), StringComparison.Ordinal);
            Assert.Null(TrueTypeFile.Problem(good));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A font with one table (padded to four bytes) whose data starts at <paramref name="tablesAt"/>.</summary>
    static byte[] Font(int tablesAt, int faceAt = 0)
    {
        var font = new byte[12 + 16 + 12];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 1);
        "glyf"u8.CopyTo(font.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 8), (uint)(faceAt + tablesAt));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 12), (uint)Glyphs.Length);
        Glyphs.CopyTo(font.AsSpan(tablesAt));
        return font;
    }

    /// <summary>A collection of one face: its header, then the face's directory, then its table, offsets from the file's start.</summary>
    static byte[] Collection()
    {
        const int faceAt = 16;
        var header = new byte[faceAt];
        "ttcf"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12), faceAt);
        return [.. header, .. Font(tablesAt: 12 + 16, faceAt)];
    }
}
