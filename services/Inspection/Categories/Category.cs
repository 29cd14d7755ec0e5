namespace DigitalCity.Inspection.Categories;

/// <summary>
/// A case category (案件类别): a component 部件 or an event 事件, coded kind + 大类 + 小类
/// (<c>E0102</c> = event, 01 市容环境, 02 暴露垃圾), with the department responsible for it.
/// </summary>
public sealed record Category(string Code, CategoryKind Kind, string MajorName, string Name, string Department);

public enum CategoryKind
{
    /// <summary>部件 — a physical asset with its own id.</summary>
    Component,

    /// <summary>事件 — a situation.</summary>
    Event,
}
