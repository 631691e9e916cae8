package org.chuangcheng;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A session across MockMvc requests as a browser keeps it: sessions are Spring Session's, in PostgreSQL, found
 * by their cookie ({@code MockHttpSession} is not seen through Spring Session's filter). Send requests
 * {@code .with(session)} and hand the first answer to {@link #keep(MvcResult)}.
 */
public final class BrowserSession implements RequestPostProcessor {

    private Cookie cookie;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }

    /** Remembers the session cookie the answer set, if it set one. */
    public MvcResult keep(MvcResult result) {
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set != null) {
            cookie = set;
        }
        return result;
    }
}
