using DigitalCity.Inspection.Categories;

namespace DigitalCity.Tests.Unit.Inspection;

public class CategoryCatalogTests
{
    [Theory]
    [InlineData("E0102", "暴露垃圾", "sanitation")]
    [InlineData("E0105", "垃圾满溢", "sanitation")]
    [InlineData("E0403", "燃气管道破裂", "gas")]
    [InlineData("C0102", "污水井盖", "drainage")]
    public void Seed_holds_the_common_categories_with_their_departments(string code, string name, string department)
    {
        var category = CategoryCatalog.LoadSeed().Find(code);

        Assert.NotNull(category);
        Assert.Equal(name, category.Name);
        Assert.Equal(department, category.Department);
    }

    [Fact]
    public void Codes_are_kind_letter_and_four_digits_and_unique()
    {
        var all = CategoryCatalog.LoadSeed().All.ToList();

        Assert.All(all, c => Assert.Matches("^[CE][0-9]{4}$", c.Code));
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.All(all, c => Assert.Equal(c.Code[0] == 'C' ? CategoryKind.Component : CategoryKind.Event, c.Kind));
    }

    [Fact]
    public void Unknown_code_is_not_found()
    {
        Assert.Null(CategoryCatalog.LoadSeed().Find("E9999"));
        Assert.Null(CategoryCatalog.LoadSeed().Find(null));
    }
}
