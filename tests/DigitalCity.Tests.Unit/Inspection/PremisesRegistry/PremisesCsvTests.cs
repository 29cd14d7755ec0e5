using DigitalCity.Inspection.Premises;

namespace DigitalCity.Tests.Unit.Inspection.PremisesRegistry;

public class PremisesCsvTests
{
    const string Header = "name,type,address,longitude,latitude,districtCode,gasSupplier,contactName,contactPhone,creditCode";

    [Fact]
    public void Rows_are_read_by_header_name_with_their_line_numbers()
    {
        var csv = "Address,NAME,type,districtCode\n山阳区 焦东路 86号,老彪胡辣汤,Restaurant,410811\n\n\"山阳区 人民路 1608号, 二楼\",福满园,Restaurant,410811\n";

        var result = PremisesCsv.Read(csv, 10);

        Assert.Empty(result.Problems);
        Assert.Equal([2L, 4L], result.Rows.Select(r => r.Line));
        Assert.Equal("老彪胡辣汤", result.Rows[0].Form.Name);
        Assert.Equal("山阳区 人民路 1608号, 二楼", result.Rows[1].Form.Address);
        Assert.Null(result.Rows[0].Form.Location);
        Assert.Null(result.Rows[0].Form.GasSupplier);
    }

    [Fact]
    public void Coordinates_are_read_as_numbers_and_a_bad_one_as_missing()
    {
        var result = PremisesCsv.Read($"{Header}\n鸡公虾婆,Restaurant,焦东路 128号,113.2520,north,,,,,\n", 10);

        var location = result.Rows[0].Form.Location!;
        Assert.Equal(113.2520, location.Longitude);
        Assert.Null(location.Latitude);
    }

    [Fact]
    public void The_sample_register_reads_fourteen_rows()
    {
        var result = PremisesCsv.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "premises-shanyang.csv")), 5000);

        Assert.Empty(result.Problems);
        Assert.Equal(14, result.Rows.Count);
        Assert.Equal("鸡公虾婆", result.Rows[0].Form.Name);
    }

    [Theory]
    [InlineData("name,type,address,owner\n", "header")]
    [InlineData("name,type\n", "header")]
    [InlineData("name,type,address,name\n", "header")]
    [InlineData("name,type,address\n", "rows")]
    [InlineData("name,type,address\na,Restaurant,b\nc,Restaurant\n", "rows[3]")]
    [InlineData("name,type,address\na,Restaurant,\"b\n", "rows[2]")]
    public void A_file_that_cannot_be_read_names_where(string csv, string key) =>
        Assert.Equal(key, Assert.Single(PremisesCsv.Read(csv, 10).Problems).Key);

    [Fact]
    public void More_rows_than_allowed_are_refused_at_the_first_row_too_many()
    {
        var result = PremisesCsv.Read("name,type,address\na,Restaurant,b\nc,Restaurant,d\ne,Restaurant,f\n", 2);

        Assert.Equal("rows[4]", Assert.Single(result.Problems).Key);
        Assert.Empty(result.Rows);
    }
}
