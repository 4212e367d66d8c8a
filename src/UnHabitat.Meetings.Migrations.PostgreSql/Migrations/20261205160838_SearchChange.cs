using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace UnHabitat.Meetings.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "Vector",
                table: "SearchEntries",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector((CASE \"Language\" WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'ar' THEN 'simple'::regconfig WHEN 'zh' THEN 'simple'::regconfig ELSE 'english'::regconfig END), \"Title\" || ' ' || \"Text\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Date_Id_Kind_Published_BodyId_Language",
                table: "SearchEntries",
                columns: new[] { "Date", "Id", "Kind", "Published", "BodyId", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Symbol_Trigrams",
                table: "SearchEntries",
                column: "Symbol")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Vector",
                table: "SearchEntries",
                column: "Vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_Date_Id_Kind_Published_BodyId_Language",
                table: "SearchEntries");

            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_Symbol_Trigrams",
                table: "SearchEntries");

            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_Vector",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "Vector",
                table: "SearchEntries");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
