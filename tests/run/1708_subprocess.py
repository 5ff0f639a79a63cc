# subprocess (CPython's subprocess.py over _posixsubprocess, select,
# selectors and fcntl): run with pipes, input, check, env, cwd, shell,
# timeout, communicate, failures to start; children are Krait itself.
import os
import subprocess
import sys

result = subprocess.run(['/bin/echo', 'hi'], capture_output=True)
print(result.returncode, result.stdout, result.stderr, result.args)
child = [sys.executable, '-c', 'import sys; print(sys.stdin.read().upper()); sys.exit(3)']
result = subprocess.run(child, input=b'data', capture_output=True)
print(result.returncode, result.stdout)
print(subprocess.run([sys.executable, '-c', 'import sys; print(sys.executable == %r)' % sys.executable],
                     capture_output=True, text=True).stdout)
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as error:
    print('CalledProcessError', error.returncode, error)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as error:
    print('FileNotFoundError', error.errno, error.filename)
try:
    subprocess.run(['pwd'], cwd='/nonexistent/directory')
except FileNotFoundError as error:
    print('FileNotFoundError', error.errno, error.filename)
print(repr(subprocess.run('echo $FOO', shell=True, env={'FOO': 'bar'}, capture_output=True, text=True).stdout))
print(repr(subprocess.run(['pwd'], cwd='/usr', stdout=subprocess.PIPE, text=True).stdout))
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as error:
    print('TimeoutExpired', error.cmd)
print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.STDOUT))
process = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
output, errors = process.communicate(b'x' * 200000)
print(len(output), errors, process.returncode, process.pid > 0)
with subprocess.Popen(['sh', '-c', 'exit 7']) as process:
    pass
print(process.returncode, process.wait(), process.poll())
print(subprocess.getoutput('echo hello'), subprocess.getstatusoutput('exit 2'), subprocess.call(['true']))
read_end, write_end = os.pipe()
subprocess.run(['sh', '-c', 'echo passed >&%d' % write_end], pass_fds=[write_end])
os.close(write_end)
print(os.read(read_end, 100))
os.close(read_end)
process = subprocess.Popen(['sleep', '10'])
process.kill()
print(process.wait())
