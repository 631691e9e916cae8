package org.chuangcheng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The GeoReport v2 API against the spec's own examples (http://wiki.open311.org/GeoReport_v2): the same
 * documents, elements and field names in the same order, W3C dates with an offset, the error document, and no
 * personal data in anything it answers.
 */
class Open311Tests extends AbstractIntegrationTests {

    /** The fields of a service in the spec's GET services example. */
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    /** The fields of a request in the spec's GET service requests example. */
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    /** The fields of the spec's POST service request response. */
    static final List<String> CREATED_FIELDS = List.of("service_request_id", "service_notice", "account_id");

    @Autowired
    ApiKeyManagement keys;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CitizenReportManagement reports;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    org.chuangcheng.problem.ProblemManagement problems;
    @Autowired
    org.chuangcheng.checkpoint.CheckpointManagement checkpoints;

    Actor admin;
    String key;

    @BeforeEach
    void key() {
        admin = accounts.findByUsername("admin").orElseThrow().toActor();
        key = keys.issue(admin, "测试客户端").secret();
    }

    @Test
    void servicesAreTheCategoriesInTheSpecsShapeInXmlByDefaultAndJson() throws Exception {
        Document xml = xml(mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml")).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        List<Element> services = children(xml.getDocumentElement());
        assertThat(services).hasSizeGreaterThanOrEqualTo(6);
        assertThat(names(services.get(0))).isEqualTo(SERVICE_FIELDS);
        assertThat(text(services.get(0), "service_code")).isEqualTo("graffiti");
        assertThat(text(services.get(0), "service_name")).isEqualTo("乱贴乱画");
        assertThat(text(services.get(0), "metadata")).isEqualTo("false");
        assertThat(text(services.get(0), "type")).isEqualTo("realtime");

        byte[] plain = mvc.perform(get("/open311/v2/services")).andReturn().getResponse().getContentAsByteArray();
        assertThat(xml(plain).getDocumentElement().getTagName()).as("XML is the default").isEqualTo("services");

        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$[0].service_code").value("graffiti"))
                .andExpect(jsonPath("$[0].metadata").value(false))
                .andExpect(jsonPath("$[0].group").exists());

        Document definition = xml(mvc.perform(get("/open311/v2/services/garbage.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(names(definition.getDocumentElement())).containsExactly("service_code", "attributes");
        mvc.perform(get("/open311/v2/services/garbage.json")).andExpect(jsonPath("$.service_code").value("garbage"))
                .andExpect(jsonPath("$.attributes", hasSize(0)));
    }

    @Test
    void aClientPostsARequestWithItsKeyAndReadsItBackWithoutPersonalData() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Document created = xml(mvc.perform(post("/open311/v2/requests.xml").param("api_key", key)
                        .param("service_code", "garbage").param("lat", "30.5931").param("long", "114.3054")
                        .param("address_string", "江汉路步行街").param("description", "垃圾桶满溢")
                        .param("phone", phone).param("email", "someone@example.com"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray());
        assertThat(created.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = children(created.getDocumentElement()).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).isEqualTo(CREATED_FIELDS);
        String id = text(request, "service_request_id");
        assertThat(id).matches("R\\d{6}-[2-9A-Z]{6}");

        String one = mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element read = children(xml(one.getBytes(StandardCharsets.UTF_8)).getDocumentElement()).get(0);
        assertThat(names(read)).isEqualTo(REQUEST_FIELDS);
        assertThat(text(read, "status")).isEqualTo("open");
        assertThat(text(read, "service_code")).isEqualTo("garbage");
        assertThat(text(read, "description")).isEqualTo("垃圾桶满溢");
        assertThat(text(read, "lat")).isEqualTo("30.593100");
        assertThat(text(read, "requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(one).doesNotContain(phone).doesNotContain(phone.substring(7)).doesNotContain("someone@");

        mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(id))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].media_url").value(nullValue()));

        String list = mvc.perform(get("/open311/v2/requests.json").param("service_code", "garbage,graffiti")
                .param("status", "open")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(id).doesNotContain(phone);
        String closed = mvc.perform(get("/open311/v2/requests.xml").param("status", "closed")
                .param("service_request_id", id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(closed).doesNotContain(id);
        String other = mvc.perform(get("/open311/v2/requests.xml").param("service_code", "tangled-cables")
                .param("start_date", "2020-01-01T00:00:00+08:00").param("end_date", "2020-02-01T00:00:00Z"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain(id);
    }

    @Test
    void aPostAnswers201KeepsItsPhotoLinkAndItsTokenLeadsToTheRequest() throws Exception {
        String id = mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "graffiti")
                        .param("address_string", "江汉路 8 号").param("description", "外墙涂鸦")
                        .param("media_url", "https://photos.example.org/r/638344.jpg"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].service_request_id").exists())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/open311/v2/requests/" + id + ".json"))
                .andExpect(jsonPath("$[0].media_url").value("https://photos.example.org/r/638344.jpg"));
        String detail = mvc.perform(get("/reports/" + reports.byTicket(id).orElseThrow().getId())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("id=\"report-media-url\"", "https://photos.example.org/r/638344.jpg");
        Document token = xml(mvc.perform(get("/open311/v2/tokens/" + id + ".xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        Element request = children(token.getDocumentElement()).get(0);
        assertThat(names(request)).containsExactly("service_request_id", "token");
        assertThat(text(request, "service_request_id")).isEqualTo(id);
        assertThat(text(request, "token")).isEqualTo(id);
        mvc.perform(get("/open311/v2/tokens/R000000-NONE00.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "graffiti")
                        .param("address_string", "江汉路 8 号").param("media_url", "file:///etc/passwd"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400));
        mvc.perform(get("/open311/v2/media/" + id + ".jpg")).andExpect(status().isNotFound());
    }

    @Test
    void aHandledRequestsMediaUrlIsItsAfterPhoto() throws Exception {
        String id = handledRequest("垃圾堆放", "https://photos.example.org/before.jpg", true);

        mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(jsonPath("$[0].status").value("closed"))
                .andExpect(jsonPath("$[0].media_url").value("http://localhost/open311/v2/media/" + id + ".jpg"));
        mvc.perform(get("/open311/v2/media/" + id + ".jpg")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", org.hamcrest.Matchers.startsWith("image/")));
    }

    @Test
    void aRequestHandledWithoutAnAfterPhotoHasNoMediaUrlThatWouldAnswer404() throws Exception {
        String id = handledRequest("垃圾堆放无照片", null, false);

        mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(jsonPath("$[0].status").value("closed"))
                .andExpect(jsonPath("$[0].media_url").value(nullValue()));
        mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id))
                .andExpect(jsonPath("$[0].media_url").value(nullValue()));
        mvc.perform(get("/open311/v2/media/" + id + ".jpg")).andExpect(status().isNotFound());
    }

    /**
     * A request posted through Open311, accepted, dispatched, answered by the unit (with an after photo or, as an
     * installation may allow, without) and closed; its id once the report is resolved.
     */
    String handledRequest(String description, String mediaUrl, boolean withAfterPhoto) throws Exception {
        Actor office = accounts.findByUsername("office").orElseThrow().toActor();
        Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        org.chuangcheng.checkpoint.Checkpoint checkpoint = checkpoints.search(liaison,
                org.chuangcheng.checkpoint.CheckpointFilter.none(), org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().get(0);
        var posted = post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                .param("address_string", checkpoint.getAddress()).param("description", description);
        if (mediaUrl != null) {
            posted.param("media_url", mediaUrl);
        }
        String id = mvc.perform(posted).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
        CitizenReport report = reports.byTicket(id).orElseThrow();
        reports.accept(office, report.getId(), report.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, report.getId(),
                reports.get(office, report.getId()).getVersion(), checkpoint.getId(), null);
        org.chuangcheng.problem.Problem problem = problems.get(office, dispatched.getProblemId());
        // an installation may let evidence go without an after photo (app.problems.after-photo-required=false)
        Object loop = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(problems);
        org.springframework.test.util.ReflectionTestUtils.setField(loop, "afterPhotoRequired", withAfterPhoto);
        try {
            problems.submit(liaison, problem.getId(), problem.getVersion(), "已清运",
                    withAfterPhoto ? org.chuangcheng.attachment.UploadedFiles.afterPhoto() : java.util.List.of());
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(loop, "afterPhotoRequired", true);
        }
        problems.close(office, problem.getId(), problems.get(office, problem.getId()).getVersion(), null);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> reports.byTicket(id).orElseThrow().getResolvedAt() != null);
        return id;
    }

    @Test
    void aWrongOrRevokedKeyIsRefusedWithTheSpecsErrorDocument() throws Exception {
        Document error = xml(mvc.perform(post("/open311/v2/requests.xml").param("api_key", "not-a-key")
                        .param("service_code", "garbage").param("address_string", "某地").param("description", "x"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsByteArray());
        assertThat(error.getDocumentElement().getTagName()).isEqualTo("errors");
        Element first = children(error.getDocumentElement()).get(0);
        assertThat(first.getTagName()).isEqualTo("error");
        assertThat(names(first)).containsExactly("code", "description");
        assertThat(text(first, "code")).isEqualTo("403");

        Long id = keys.all(admin).stream().filter(k -> k.getKeyPrefix().equals(key.substring(0, 8))).findFirst()
                .orElseThrow().getId();
        keys.revoke(admin, id);
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                        .param("address_string", "某地").param("description", "x"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description").isString());
    }

    @Test
    void badInputAnswersTheErrorDocumentNeverAPage() throws Exception {
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400));
        mvc.perform(get("/open311/v2/requests/R000000-NONE00.xml")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/xml"));
        mvc.perform(get("/open311/v2/services/no-such-service.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(post("/open311/v2/requests.xml").param("api_key", key).param("service_code", "garbage")
                .param("description", "没有位置")).andExpect(status().isBadRequest());
        mvc.perform(post("/open311/v2/requests.xml").param("api_key", key).param("service_code", "garbage")
                .param("address_string", "某地")).andExpect(status().isBadRequest());
        mvc.perform(get("/open311/v2/services.csv")).andExpect(status().isBadRequest());
    }

    @Test
    void discoveryNamesTheEndpointAndItsFormats() throws Exception {
        Document discovery = xml(mvc.perform(get("/open311/v2/discovery.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(names(discovery.getDocumentElement())).containsExactly("changeset", "contact", "key_service",
                "endpoints");
        mvc.perform(get("/open311/v2/discovery.json"))
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"))
                .andExpect(jsonPath("$.endpoints[0].url").value("http://localhost/open311/v2"));
    }

    static Document xml(byte[] body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static String text(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElseThrow()
                .getTextContent();
    }
}
