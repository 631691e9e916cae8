package org.chuangcheng.benchmark;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.chuangcheng.ChuangchengApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application started on the generated city's database: an external one ({@code -Dscale.url},
 * {@code -Dscale.username}, {@code -Dscale.password}) or the embedded PostgreSQL in {@code -Dscale.data-dir}
 * (default {@code ./data/scale-pg17}, kept between runs). An empty database is migrated and filled by
 * {@link CityGenerator}; a database that already holds the city is reused.
 */
final class ScaleCity implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private ScaleCity(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ScaleCity open(int problems) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        String url = System.getProperty("scale.url");
        if (url != null) {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", System.getProperty("scale.username", "postgres"));
            properties.put("spring.datasource.password", System.getProperty("scale.password", ""));
        } else {
            properties.put("app.embedded-postgres.data-dir",
                    System.getProperty("scale.data-dir", System.getProperty("user.dir") + "/data/scale-pg17"));
        }
        properties.put("app.demo.enabled", "false");
        ScaleCity city = new ScaleCity(start(properties));
        JdbcTemplate jdbc = city.context.getBean(JdbcTemplate.class);
        CityGenerator generator = new CityGenerator(city.context.getBean(DataSource.class),
                city.context.getBean(Clock.class).getZone());
        if (generator.isEmpty()) {
            System.out.printf("generating a city with %,d problems%n", problems);
            generator.generate(problems);
        } else {
            Long existing = jdbc.queryForObject("select count(*) from problems", Long.class);
            if (existing == null || existing < problems * 0.9) {
                city.close();
                throw new IllegalStateException("the database holds " + existing + " problems, not a generated city of "
                        + problems + ": point -Dscale.data-dir (or -Dscale.url) at an empty database");
            }
        }
        System.out.println(jdbc.queryForObject("""
                select format('city: %s units, %s checkpoints, %s inspections, %s inspection items, %s problems '
                              || '(%s open), %s rectifications, %s events, %s statistics rows',
                              (select count(*) from units), (select count(*) from checkpoints),
                              (select count(*) from inspections), (select count(*) from inspection_items),
                              (select count(*) from problems),
                              (select count(*) from problems where status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')),
                              (select count(*) from rectifications), (select count(*) from problem_events),
                              (select count(*) from problem_statistics))""", String.class));
        return city;
    }

    /** The whole application on a random port; the demo city only when {@code app.demo.enabled} says so. */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.put("app.data-dir", System.getProperty("java.io.tmpdir") + "/chuangcheng-scale");
        all.put("spring.jmx.enabled", "false");
        // as command-line arguments: they win over application.properties, default properties do not
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ChuangchengApplication.class).run(arguments);
    }

    @Override
    public void close() {
        context.close();
    }
}
