package app.kith.contained;

import java.io.FileDescriptor;
import java.net.InetAddress;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A security manager that allows everything but the network: a connection, a name lookup, a listening or accepting
 * socket, or a multicast is refused and remembered, so that a run can say whether Kith ever tried.
 */
final class NoNetwork extends SecurityManager {

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    List<String> attempts() {
        return attempts;
    }

    @Override
    public void checkPermission(Permission permission) {
        // Everything else is allowed: only the network is watched.
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // As above.
    }

    @Override
    public void checkConnect(String host, int port) {
        refuse("connect to " + host + (port < 0 ? " (a name lookup)" : ":" + port));
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        checkConnect(host, port);
    }

    @Override
    public void checkListen(int port) {
        refuse("listen on port " + port);
    }

    @Override
    public void checkAccept(String host, int port) {
        refuse("accept from " + host + ":" + port);
    }

    @Override
    public void checkMulticast(InetAddress address) {
        refuse("multicast to " + address);
    }

    @Override
    public void checkRead(FileDescriptor descriptor) {
        // Files are Kith's business.
    }

    private void refuse(String what) {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        StringBuilder where = new StringBuilder(what);
        for (int i = 2; i < Math.min(stack.length, 14); i++) {
            where.append("\n    at ").append(stack[i]);
        }
        attempts.add(where.toString());
        throw new SecurityException("Kith must not use the network: " + what);
    }
}
