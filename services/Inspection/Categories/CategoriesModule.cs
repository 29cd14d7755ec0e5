using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// Wires the categories into the inspection service: the book over the service's own database (so its
/// events share the service's outbox), the in-memory catalog over it, and the API.
/// </summary>
public static class CategoriesModule
{
    public const string TableName = "category_book";

    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "categoryBook";

    public static void AddCategories(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(CategoryOptions.From(builder.Configuration));
        builder.Services.AddSingleton(sp => storage.Provider == StorageProvider.MongoDb
            ? SingletonAggregateStore.Mongo<CategoryBook>(
                sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName), CollectionName, CategoryBook.BookId, Seed)
            : SingletonAggregateStore.Sqlite<CategoryBook>(
                sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName), TableName, CategoryBook.BookId, Seed));
        builder.Services.AddSingleton<CategoryBookStore>();
    }

    public static RouteGroupBuilder MapCategories(this RouteGroupBuilder api)
    {
        api.MapListCategories();
        api.MapPutCategory();
        return api;
    }

    static CategoryBook Seed() => CategoryBook.Create(CategoryCatalog.Seed);
}
