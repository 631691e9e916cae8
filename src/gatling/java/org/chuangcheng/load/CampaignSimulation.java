package org.chuangcheng.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The main flows with mixed roles against a running application (the demo city): every virtual user signs in
 * once as a liaison, the office, a leader or an inspector and then walks that role's pages with 1–3 s of thought
 * between them until the run ends. A page counts as failed when it is not a 200, or when it is the sign-in page
 * (a lost session). All virtual users of a role share its demo account: start the application with
 * {@code APP_MAX_SESSIONS=200}, or the per-account session limit ends the older sessions. Settings as system properties (README "Load and fault runs"):
 * {@code load.baseUrl} (http://127.0.0.1:8080), {@code load.users} (50 concurrent), {@code load.seconds} (600),
 * {@code load.rampSeconds} (30), {@code load.password} (Demo@2026), {@code load.maxFailedPercent} (0: the load run;
 * the fault run allows the failures of its outage window).
 */
public class CampaignSimulation extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("load.users", 50);
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 600));
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 30));
    static final String PASSWORD = System.getProperty("load.password", "Demo@2026");
    static final double MAX_FAILED_PERCENT = Double.parseDouble(System.getProperty("load.maxFailedPercent", "0"));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("chuangcheng-load");

    static ChainBuilder signIn(String username) {
        return exec(http("sign-in page").get("/login").check(status().is(200),
                        css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").disableFollowRedirect()
                        .formParam("username", username).formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), headerRegex("Location", ".*/login\\?error.*").notExists()));
    }

    static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200), currentLocationRegex(".*/login.*").notExists()))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    static ScenarioBuilder role(String role, String username, ChainBuilder pages) {
        return scenario(role).exec(signIn(username)).during(DURATION).on(pages);
    }

    final ScenarioBuilder liaison = role("liaison", "liaison", exec(
            page("liaison home", "/"),
            page("liaison problems", "/problems"),
            page("liaison tasks", "/tasks/mine"),
            page("liaison notifications", "/notifications")));

    final ScenarioBuilder office = role("office", "office", exec(
            page("office home", "/"),
            page("office verification queue", "/problems?scope=pending"),
            page("office problems", "/problems"),
            page("office rates", "/rates"),
            page("office task board", "/tasks/board")));

    final ScenarioBuilder leader = role("leader", "leader", exec(
            page("leader home", "/"),
            page("leader dashboard", "/dashboard"),
            page("leader dashboard data", "/dashboard/data"),
            page("leader rankings", "/rankings")));

    final ScenarioBuilder inspector = role("inspector", "inspector", exec(
            page("inspector home", "/"),
            page("inspector inspections", "/inspections"),
            page("inspector checkpoints", "/checkpoints?q=%E5%B8%82%E5%9C%BA"),
            page("inspector new inspection", "/inspections/new")));

    {
        // 40 % liaisons, 20 % each of the others, every one arriving within the ramp and staying to the end
        int liaisons = Math.max(1, USERS * 2 / 5);
        int others = Math.max(1, (USERS - liaisons) / 3);
        double ramp = Math.max(1, RAMP.toSeconds());
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(liaison.injectOpen(constantUsersPerSec(liaisons / ramp).during(RAMP)).protocols(protocol));
        populations.add(office.injectOpen(constantUsersPerSec(others / ramp).during(RAMP)).protocols(protocol));
        populations.add(leader.injectOpen(constantUsersPerSec(others / ramp).during(RAMP)).protocols(protocol));
        populations.add(inspector.injectOpen(constantUsersPerSec((USERS - liaisons - 2 * others) / ramp).during(RAMP))
                .protocols(protocol));
        setUp(populations).assertions(global().failedRequests().percent().lte(MAX_FAILED_PERCENT));
    }
}
