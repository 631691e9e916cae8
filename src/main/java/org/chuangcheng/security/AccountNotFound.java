package org.chuangcheng.security;

import org.chuangcheng.shared.NotFoundException;

/** No account with that id. */
public class AccountNotFound extends NotFoundException {

    public AccountNotFound(Object id) {
        super("account", id);
    }
}
