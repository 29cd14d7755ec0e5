namespace DigitalCity.Inspection.Deadlines;

public sealed partial class WorkCalendar
{
    /// <summary>
    /// Mainland China in 2023 (Asia/Shanghai, Monday to Friday, default windows) with the public
    /// holidays and make-up working days of the State Council notice 国办发明电〔2022〕16号.
    /// Dates outside 2023 follow the plain weekday rule.
    /// </summary>
    public static WorkCalendar China2023() => new(
        holidays:
        [
            .. Break(new(2022, 12, 31), new(2023, 1, 2)),  // 元旦 New Year
            .. Break(new(2023, 1, 21), new(2023, 1, 27)),  // 春节 Spring Festival
            new(2023, 4, 5),                               // 清明 Qingming
            .. Break(new(2023, 4, 29), new(2023, 5, 3)),   // 劳动节 Labour Day
            .. Break(new(2023, 6, 22), new(2023, 6, 24)),  // 端午 Dragon Boat
            .. Break(new(2023, 9, 29), new(2023, 10, 6)),  // 中秋、国庆 Mid-Autumn and National Day
        ],
        makeUpWorkingDays:
        [
            new(2023, 1, 28), new(2023, 1, 29),
            new(2023, 4, 23), new(2023, 5, 6),
            new(2023, 6, 25),
            new(2023, 10, 7), new(2023, 10, 8),
        ]);

    static IEnumerable<DateOnly> Break(DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
