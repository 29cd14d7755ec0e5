namespace DigitalCity.ServiceDefaults.Domain;

/// <summary>One page of a list: the items, where it starts, and how many there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long Total)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], PageNumber, PageSize, Total);
}

/// <summary>A validated page request: page numbers start at 1 and the size is capped.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Number - 1) * Size;
}
