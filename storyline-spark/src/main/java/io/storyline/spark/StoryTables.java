package io.storyline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Writes the job's four tables under the output folder, as Parquet or JSON Lines:
 * {@code stories/} (one row a story: an event), {@code storylines/} (one row a storyline, its stories
 * in time order), {@code articles/} (article id to story and storyline id) and
 * {@code problems/} (inputs skipped, and why). The schemas are documented in docs/FORMATS.md.
 */
final class StoryTables {

    static final StructType SENTENCE = new StructType()
            .add("text", DataTypes.StringType, false)
            .add("cited_article_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);
    static final StructType DAY = new StructType()
            .add("date", DataTypes.DateType, false)
            .add("articles", DataTypes.IntegerType, false)
            .add("outlets", DataTypes.IntegerType, false);
    static final StructType STORY = new StructType()
            .add("story_id", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("first_date", DataTypes.DateType, true)
            .add("last_date", DataTypes.DateType, true)
            .add("article_count", DataTypes.IntegerType, false)
            .add("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("article_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("summary", DataTypes.createArrayType(SENTENCE, false), false)
            .add("summary_markdown", DataTypes.StringType, true)
            .add("timeline", DataTypes.createArrayType(DAY, false), false)
            .add("parts", DataTypes.IntegerType, false);
    static final StructType STORYLINE = new StructType()
            .add("storyline_id", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("first_date", DataTypes.DateType, true)
            .add("last_date", DataTypes.DateType, true)
            .add("article_count", DataTypes.IntegerType, false)
            .add("undated", DataTypes.IntegerType, false)
            .add("outside_span", DataTypes.IntegerType, false)
            .add("story_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);
    static final StructType ARTICLE = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType, false)
            .add("storyline_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.DateType, true)
            .add("origin", DataTypes.StringType, false);
    static final StructType PROBLEM = new StructType()
            .add("location", DataTypes.StringType, false)
            .add("problem", DataTypes.StringType, false)
            .add("extent", DataTypes.StringType, false);

    private StoryTables() {
    }

    static void write(SparkSession spark, JobSettings settings, JavaRDD<StoryRow> stories,
                      JavaRDD<StorylineRow> storylines, JavaRDD<StoryPipeline.Assignment> articles,
                      JavaRDD<ProblemRow> problems) {
        save(spark.createDataFrame(stories.map(StoryTables::row), STORY), settings, "stories");
        save(spark.createDataFrame(storylines.map(l -> RowFactory.create(l.id(), l.label(), date(l.first()),
                date(l.last()), l.articles(), l.undated(), l.outsideSpan(), l.storyIds().toArray())), STORYLINE),
                settings, "storylines");
        save(spark.createDataFrame(articles.map(a -> RowFactory.create(a.articleId(), a.storyId(), a.storylineId(),
                a.outlet(), a.title(), date(a.published()), a.origin())), ARTICLE), settings, "articles");
        save(spark.createDataFrame(problems.map(p -> RowFactory.create(p.location(), p.problem(), p.extent())), PROBLEM)
                .coalesce(1), settings, "problems");
    }

    /** Fails before any work when a table would be overwritten without {@code --overwrite}. */
    static void checkOutput(org.apache.hadoop.conf.Configuration hadoop, JobSettings settings) {
        if (settings.overwrite()) {
            return;
        }
        for (String name : java.util.List.of("stories", "storylines", "articles", "problems")) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(table(settings, name));
            try {
                if (path.getFileSystem(hadoop).exists(path)) {
                    throw new IllegalStateException(path + " already exists (use --overwrite to replace it)");
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot check the output folder " + settings.output() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static String table(JobSettings settings, String name) {
        return settings.output().replaceAll("/+$", "") + "/" + name;
    }

    private static Row row(StoryRow s) {
        return RowFactory.create(s.id(), s.label(), date(s.first()), date(s.last()), s.articleIds().size(),
                s.outlets().toArray(), s.articleIds().toArray(),
                s.summary().stream().map(x -> RowFactory.create(x.text(), x.citedArticleIds().toArray())).toArray(),
                s.summaryMarkdown(),
                s.timeline().stream().map(d -> RowFactory.create(date(d.date()), d.articles(), d.outlets())).toArray(),
                s.parts());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static void save(Dataset<Row> table, JobSettings settings, String name) {
        DataFrameWriter<Row> writer = table.write().mode(settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        String path = table(settings, name);
        if (settings.format().equals("parquet")) {
            writer.parquet(path);
        } else {
            writer.json(path);
        }
    }
}
