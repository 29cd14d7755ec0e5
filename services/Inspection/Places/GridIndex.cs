using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格索引 — finds the unit grid containing a point. A city has a few thousand grids, so a linear scan of
/// bounding boxes (four comparisons each, microseconds in all) followed by the exact polygon test on the
/// few survivors is enough; a spatial tree would only pay off at hundreds of thousands.
/// <para>
/// Grids are held in ordinal order of their codes and the first grid containing the point wins, so a
/// point on the shared edge of two grids (which both contain it, see <see cref="Polygon"/>) goes to the
/// grid with the smaller code — the same answer every time, whatever order the grids were loaded in.
/// </para>
/// </summary>
public sealed class GridIndex
{
    readonly UnitGrid[] _grids;

    /// <exception cref="ArgumentException">Two grids share a code.</exception>
    public GridIndex(IEnumerable<UnitGrid> grids)
    {
        _grids = [.. grids.OrderBy(g => g.Code, StringComparer.Ordinal)];
        for (var i = 1; i < _grids.Length; i++)
        {
            if (string.Equals(_grids[i - 1].Code, _grids[i].Code, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Grid code {_grids[i].Code} is used by more than one grid.", nameof(grids));
            }
        }
    }

    public int Count => _grids.Length;

    /// <summary>The grid containing the point, or null when the point lies in no grid.</summary>
    public UnitGrid? Find(GeoPoint point)
    {
        foreach (var grid in _grids)
        {
            if (grid.Boundary.Contains(point))
            {
                return grid;
            }
        }

        return null;
    }
}
