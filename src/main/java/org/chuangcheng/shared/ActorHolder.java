package org.chuangcheng.shared;

/** Implemented by the security principal so that features can ask who acts without knowing security. */
public interface ActorHolder {

    Actor actor();
}
