package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Constant;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.MatchCase;
import dev.pyxis.python3.ast.Pattern;
import dev.pyxis.python3.ast.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.pyxis.python.bytecode.Opcode.*;

/**
 * The match statement. A pattern consumes the subject on top of the stack; captured values are
 * kept on the stack (each new one rotated beneath the earlier ones and whatever the pattern still
 * works on) and stored only once the whole pattern matched. A failing check jumps to a label
 * that pops exactly what is on the stack at that point: {@code failPop.get(n)} pops n items.
 */
final class PatternCompiler {
    private final CodeGenerator g;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    /** What one pattern being compiled has pushed and where its failures go. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<CodeBuilder.Label> failPop = new ArrayList<>();
        int onTop;
    }

    void match(Stmt.Match m) {
        Unit u = g.u;
        g.expr(m.subject());
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.getLast().pattern()) && n > 1;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase c = cases.get(i);
            u = g.u;
            u.setLocation(c.pattern());
            boolean lastNonDefault = i == n - (hasDefault ? 1 : 0) - 1;
            if (!lastNonDefault) {
                u.emit(COPY, 1);
            }
            Context pc = new Context();
            pc.allowIrrefutable = c.guard() != null || i == n - 1;
            pattern(c.pattern(), pc);
            for (String name : pc.stores) {
                g.storeName(name);
            }
            if (c.guard() != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(c.guard(), pc.failPop.getFirst(), false);
            }
            if (!lastNonDefault) {
                u.emit(POP_TOP);
            }
            g.stmts(c.body());
            g.u.jump(end);
            g.u.setLocation(c.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            MatchCase c = cases.getLast();
            g.u.setLocation(c.pattern());
            if (n == 1) {
                g.u.emit(POP_TOP);
            }
            if (c.guard() != null) {
                g.jumpIf(c.guard(), end, false);
            }
            g.stmts(c.body());
        }
        g.u.bind(end);
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) {
            pc.failPop.add(new CodeBuilder.Label());
        }
    }

    /** Jumps (with the given conditional jump) to the failure label that pops everything we pushed. */
    private void jumpToFailPop(Context pc, dev.pyxis.python.bytecode.Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        if (op == null) {
            g.u.jump(pc.failPop.get(pops));
        } else {
            g.u.emitJump(op, pc.failPop.get(pops));
        }
    }

    private void emitAndResetFailPop(Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.u.bind(pc.failPop.get(i));
            g.u.emit(POP_TOP);
        }
        g.u.bind(pc.failPop.getFirst());
        pc.failPop = new ArrayList<>();
    }

    /** Moves TOS down to depth {@code count}. */
    private void rotate(int count) {
        while (count > 1) {
            g.u.emit(SWAP, count--);
        }
    }

    private void storeName(String name, Context pc, Pattern at) {
        if (name == null) {
            g.u.emit(POP_TOP);
            return;
        }
        if (pc.stores.contains(name)) {
            throw g.error("multiple assignments to name '" + name + "' in pattern", at);
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Context pc) {
        Unit u = g.u;
        u.setLocation(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                Expr value = v.value();
                if (!(value instanceof Expr.Attribute) && !g.folder.isConstant(value)) {
                    throw g.error("patterns may only match literals and attribute lookups", value);
                }
                g.expr(value);
                u.setLocation(p);
                u.emit(COMPARE_OP, CompareOp.EQ.ordinal());
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                u.loadConst(ConstantFolder.literal(s.value()));
                u.emit(IS_OP, 0);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass c -> classPattern(c, pc);
            case Pattern.MatchStar s -> storeName(s.name(), pc, s);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name() != null) {
                            throw g.error("name capture '" + a.name() + "' makes remaining patterns unreachable", a);
                        }
                        throw g.error("wildcard makes remaining patterns unreachable", a);
                    }
                    storeName(a.name(), pc, a);
                } else {
                    pc.onTop++;
                    u.emit(COPY, 1);
                    pattern(a.pattern(), pc);
                    pc.onTop--;
                    g.u.setLocation(a);
                    storeName(a.name(), pc, a);
                }
            }
            case Pattern.MatchOr o -> or(o, pc);
        }
        // Like CPython, the location stays at the last pattern compiled (errors point there).
    }

    private void sequence(Pattern.MatchSequence s, Context pc) {
        Unit u = g.u;
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw g.error("multiple starred names in sequence pattern", p);
                }
                starWildcard = isStarWildcard(p);
                star = i;
            }
            onlyWildcard &= isWildcard(p) || isStarWildcard(p);
        }
        pc.onTop++;
        u.emit(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            u.emit(GET_LEN);
            u.loadConst((long) size);
            u.emit(COMPARE_OP, CompareOp.EQ.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            u.emit(GET_LEN);
            u.loadConst((long) (size - 1));
            u.emit(COMPARE_OP, CompareOp.GE.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            u.emit(POP_TOP);
        } else if (starWildcard) {
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern p = patterns.get(i);
                if (isWildcard(p) || i == star) {
                    continue;
                }
                g.u.emit(COPY, 1);
                if (i < star) {
                    g.u.loadConst((long) i);
                } else {
                    g.u.emit(GET_LEN);
                    g.u.loadConst((long) (size - i));
                    g.u.emit(BINARY_OP, dev.pyxis.python.bytecode.BinaryOp.SUBTRACT.ordinal());
                }
                g.u.emit(BINARY_SUBSCR);
                subpattern(p, pc);
            }
            pc.onTop--;
            g.u.emit(POP_TOP);
        } else {
            if (star < 0) {
                u.emit(UNPACK_SEQUENCE, size);
            } else {
                if (star >= 256 || size - star - 1 >= 1 << 16) {
                    throw g.error("too many expressions in star-unpacking sequence pattern", s);
                }
                u.emit(UNPACK_EX, star | (size - star - 1) << 8);
            }
            pc.onTop += size;
            for (Pattern p : patterns) {
                pc.onTop--;
                subpattern(p, pc);
            }
        }
    }

    private void mapping(Pattern.MatchMapping m, Context pc) {
        Unit u = g.u;
        int size = m.keys().size();
        if (size != m.patterns().size()) {
            throw new IllegalStateException("keys and patterns differ in length");
        }
        pc.onTop++;
        u.emit(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && m.rest() == null) {
            pc.onTop--;
            u.emit(POP_TOP);
            return;
        }
        if (size > 0) {
            u.emit(GET_LEN);
            u.loadConst((long) size);
            u.emit(COMPARE_OP, CompareOp.GE.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        List<Object> constKeys = new ArrayList<>();
        boolean allConst = true;
        for (Expr key : m.keys()) {
            Object v = g.folder.fold(key);
            if (v != ConstantFolder.NOT_CONSTANT) {
                if (!seen.add(v)) {
                    throw g.error("mapping pattern checks duplicate key (" + Repr.of(v) + ")", m);
                }
                constKeys.add(v);
            } else if (key instanceof Expr.Attribute) {
                allConst = false;
            } else {
                throw g.error("mapping pattern keys may only match literals and attribute lookups", key);
            }
        }
        if (allConst) {
            u.loadConst(new Constant.Tuple(constKeys));
        } else {
            for (Expr key : m.keys()) {
                g.expr(key);
            }
            u.emit(BUILD_TUPLE, size);
        }
        u.setLocation(m);
        u.emit(MATCH_KEYS);
        pc.onTop += 2;
        u.emit(COPY, 1);
        u.loadConst(Constant.Singleton.NONE);
        u.emit(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        u.emit(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern p : m.patterns()) {
            pc.onTop--;
            subpattern(p, pc);
        }
        pc.onTop -= 2;
        g.u.setLocation(m);
        if (m.rest() != null) {
            g.u.emit(COPY_DICT_WITHOUT_KEYS);
            pc.onTop++;
            storeName(m.rest(), pc, m);
            pc.onTop--;
        } else {
            g.u.emit(POP_TOP);
        }
        g.u.emit(POP_TOP);
    }

    private void classPattern(Pattern.MatchClass c, Context pc) {
        Unit u = g.u;
        int nargs = c.patterns().size();
        int nattrs = c.kwdAttrs().size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nattrs; i++) {
            String attr = c.kwdAttrs().get(i);
            if (!seen.add(attr)) {
                Pattern at = c.kwdPatterns().get(i);
                throw g.error("attribute name repeated in class pattern: " + attr, at);
            }
        }
        g.expr(c.cls());
        u.setLocation(c);
        List<Object> names = new ArrayList<>(c.kwdAttrs());
        u.loadConst(new Constant.Tuple(names));
        u.emit(MATCH_CLASS, nargs);
        u.emit(COPY, 1);
        u.loadConst(Constant.Singleton.NONE);
        u.emit(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        u.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        List<Pattern> all = new ArrayList<>(c.patterns());
        all.addAll(c.kwdPatterns());
        for (Pattern p : all) {
            pc.onTop--;
            if (isWildcard(p)) {
                g.u.emit(POP_TOP);
                continue;
            }
            subpattern(p, pc);
        }
    }

    private void or(Pattern.MatchOr o, Context pc) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<Pattern> alts = o.patterns();
        List<String> control = null;
        boolean outerAllow = pc.allowIrrefutable;
        List<String> outerStores = pc.stores;
        List<CodeBuilder.Label> outerFail = pc.failPop;
        int outerOnTop = pc.onTop;
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            g.u.setLocation(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == alts.size() - 1 && outerAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.u.emit(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.errorHere("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw g.errorHere("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        for (int r = 0; r < rotations; r++) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            g.u.jump(end);
            emitAndResetFailPop(pc);
        }
        pc.stores = outerStores;
        pc.failPop = outerFail;
        pc.onTop = outerOnTop;
        pc.allowIrrefutable = outerAllow;
        g.u.setLocation(o);
        g.u.emit(POP_TOP);
        jumpToFailPop(pc, null);
        g.u.bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw g.error("multiple assignments to name '" + name + "' in pattern", o);
            }
            pc.stores.add(name);
        }
        g.u.emit(POP_TOP);
    }
}
